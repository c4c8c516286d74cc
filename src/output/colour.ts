// Whether tables get colour: --color auto|always|never, and in auto mode the conventions of
// FORCE_COLOR (force-color.org; "0" and "false" turn colour off, as in chalk's supports-color)
// and NO_COLOR (no-color.org: only a non-empty value turns colour off). An explicit --color wins
// over both variables; FORCE_COLOR wins over NO_COLOR; otherwise colour only on a terminal that
// is not TERM=dumb.
export type ColourWhen = 'auto' | 'always' | 'never';

export function useColour(when: ColourWhen, isTTY: boolean, env: Record<string, string | undefined>): boolean {
  if (when === 'always') return true;
  if (when === 'never') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR) return false;
  return isTTY && env.TERM !== 'dumb';
}
