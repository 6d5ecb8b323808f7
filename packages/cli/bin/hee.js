#!/usr/bin/env node
// The `hee` command runs the committed bundle, the same code the actions ship.
import '../../../dist/cli/index.js'
