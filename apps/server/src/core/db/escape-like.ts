/** Text matched literally inside a LIKE/ILIKE pattern: its own % and _ (and the escape \) lose their meaning. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
