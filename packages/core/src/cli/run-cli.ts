/** The input and output every subcommand gets. */
export type CliIo = {
  readFile: (path: string) => string;
  readStdin: () => string;
  write: (text: string) => void;
  writeError: (text: string) => void;
  isTTY: boolean;
};

/** A subcommand: takes its own arguments, returns the exit code. */
export type Command = (args: readonly string[], io: CliIo) => number;

export const usage = (
  commands: Readonly<Record<string, Command>>,
): string => `Usage: backsure <command> [options]

Commands:
${Object.keys(commands)
  .map((name) => `  ${name}`)
  .join("\n")}

Run "backsure <command> --help" for a command's options.
`;

/** Dispatches to a subcommand by name. Exit code 2 for a missing or unknown command. */
export const runCli = (
  argv: readonly string[],
  io: CliIo,
  commands: Readonly<Record<string, Command>>,
): number => {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.writeError : io.write)(usage(commands));
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command === undefined) {
    io.writeError(`Unknown command "${name}".\n${usage(commands)}`);
    return 2;
  }
  return command(rest, io);
};
