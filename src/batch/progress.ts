// A one-line progress bar on a terminal's stderr: done / total, rate, time left. It is never wider
// than the terminal (a wrapped bar would leave a line behind on every redraw), and cli.ts clears
// it before writing a table to the same screen.
export class Progress {
  private done = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private shown = false;

  constructor(
    private readonly write: (s: string) => void,
    private readonly total: number | null,
    /** The terminal's width, read at each redraw (it can be resized). */
    private readonly columns: () => number | undefined = () => undefined,
  ) {}

  tick(_source: string): void {
    this.done++;
    const now = Date.now();
    // Redraw at most ten times a second: drawing must not cost more than extracting.
    if (this.shown && now - this.lastDraw < 100 && this.done !== this.total) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const counts = this.total ? `${this.done}/${this.total}  ${rate.toFixed(1)} docs/s  ETA ${rate > 0 ? Math.ceil((this.total - this.done) / rate) : 0}s` : `${this.done} docs  ${rate.toFixed(1)} docs/s`;
    // One column is left free: writing the last column makes some terminals wrap.
    const room = (this.columns() || 80) - 1;
    let line = counts;
    if (this.total) {
      const width = Math.min(24, room - counts.length - 3);
      if (width >= 5) {
        const filled = Math.round((this.done / this.total) * width);
        line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${counts}`;
      }
    }
    this.write(`\r${line.slice(0, room)}\x1b[K`);
    this.shown = true;
  }

  /** Removes the bar, so that whatever is written next starts on a clean line. */
  clear(): void {
    if (this.shown) this.write('\r\x1b[K');
    this.shown = false;
  }
}
