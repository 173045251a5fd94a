#!/usr/bin/env node
import { runAnnotateCommand, processIo } from "./annotate-command";
import { runAssessCommand } from "./assess-command";
import { runCli } from "./run-cli";

process.exitCode = runCli(process.argv.slice(2), processIo(), {
  assess: runAssessCommand,
  annotate: runAnnotateCommand,
});
