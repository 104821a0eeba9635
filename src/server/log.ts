/** Where the server reports what goes wrong outside a request (a lost database connection, a notification that failed): one line each. */
export type ServerLog = (message: string) => void;

/** One dated line on stderr, which a service manager's journal keeps. */
export const stderrLog: ServerLog = (message) => console.error(`${new Date().toISOString()} brandstorm: ${message}`);

/** An error's message, whatever was thrown. */
export const messageOf = (err: unknown): string => (err instanceof Error ? err.message || err.name : String(err));
