// A one-line progress bar on a terminal's stderr: done / total, rate, time left.
export class Progress {
  private done = 0;
  private readonly started = Date.now();
  private lastDraw = 0;

  constructor(
    private readonly write: (s: string) => void,
    private readonly total: number | null,
  ) {}

  tick(_source: string): void {
    this.done++;
    const now = Date.now();
    // Redraw at most ten times a second: drawing must not cost more than extracting.
    if (now - this.lastDraw < 100 && this.done !== this.total) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    let line: string;
    if (this.total) {
      const width = 24;
      const filled = Math.round((this.done / this.total) * width);
      const eta = rate > 0 ? Math.ceil((this.total - this.done) / rate) : 0;
      line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total}  ${rate.toFixed(1)} docs/s  ETA ${eta}s`;
    } else line = `${this.done} docs  ${rate.toFixed(1)} docs/s`;
    this.write(`\r${line}\x1b[K`);
  }

  clear(): void {
    if (this.lastDraw) this.write('\r\x1b[K');
  }
}
