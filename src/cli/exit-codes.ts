/** Exit status of every command: 0 done, 1 problems found (check), 2 usage error or unreadable input. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_ERROR = 2;
