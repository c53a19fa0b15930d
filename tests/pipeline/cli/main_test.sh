#!/usr/bin/env bash
# The command dispatcher (pipeline/cli/main.cpp): an unknown command is an
# error, with nothing on stdout.
# usage: main_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

expect_error "unknown command" 2 "unknown command 'tag-all'" "$returns" tag-all

finish main
