/**
 * Cells Excel or WPS could read as a formula: starting with = + - @ (also full-width, also after
 * spaces), or with a tab or line break. Papa's own test (`/^[=+\-@\t\r].*$/`) misses any cell
 * holding a line break, because `.` stops at the break and `$` is then not the end.
 * Given to Papa.unparse as `escapeFormulae`, such a cell gets a leading apostrophe.
 */
export const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;
