#!/usr/bin/env node
// Installed entry: runs the compiled CLI.
import '../dist/cli.js';
