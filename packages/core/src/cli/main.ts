#!/usr/bin/env node
// Placeholder replaced by the CLI work in this same change set.
