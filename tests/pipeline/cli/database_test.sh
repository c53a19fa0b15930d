#!/usr/bin/env bash
# --db naming something that is not a database — a folder that is empty, a
# folder of other files — is the README's "no database here", exit 2, the
# path named, for every command that opens a database; never Xapian's
# DatabaseNotFoundError (exit 3). A file that is no stub is said so, exit 2. `reindex` and `remove` create nothing there.
# usage: database_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

mkdir -p "$work/empty" "$work/documents"
echo "minutes of the spring meeting" >"$work/documents/minutes.txt"
cp "$data/intake/names/new-round.csv" "$work/documents/"
echo "not a database" >"$work/notes.txt"

for db in "$work/empty" "$work/documents" "$work/notes.txt"; do
  name=${db#"$work/"}
  before=$(ls -la "$db")
  msg="$db: error: no database here (build one with 'returns index … --db $db')"
  # A file is read as a stub listing databases (README "Beyond one machine").
  [ -f "$db" ] && msg="$db: error: not a database, nor a stub file listing databases ("
  expect_error "search --db $name" 2 "$msg" "$returns" search moderation --db "$db"
  expect_error "info --db $name" 2 "$msg" "$returns" info --db "$db"
  expect_error "summary --db $name" 2 "$msg" "$returns" summary --db "$db"
  expect_error "quotes --db $name" 2 "$msg" "$returns" quotes --theme moderation --db "$db"
  expect_error "appendix --db $name" 2 "$msg" "$returns" appendix --db "$db"
  expect_error "report --db $name" 2 "$msg" "$returns" report --db "$db"
  expect_error "untagged --db $name" 2 "$msg" "$returns" untagged --db "$db"
  expect_error "redactions --db $name" 2 "$msg" "$returns" redactions --db "$db"
  expect_error "compare --db $name" 2 "$msg" "$returns" compare --db "$db" --round 2013-03 --round 2014-03
  expect_error "themes --db $name" 2 "$msg" "$returns" themes --db "$db"
  expect_error "export --db $name" 2 "$msg" "$returns" export --db "$db" --out "$work/x.qdpx"
  expect_error "remove --db $name" 2 "$msg" "$returns" remove --db "$db" --round 2013-03
  expect_error "reindex --db $name" 2 "$msg" "$returns" reindex --db "$db" --lexicon "$src/lexicon/themes.yaml"
  expect_error "serve --db $name" 2 "$msg" timeout 10 "$returns" serve --db "$db" --port 0
  [ "$(ls -la "$db")" = "$before" ]; check "--db $name: left as it was (no lock, no generation written)" $?
done
[ ! -e "$work/x.qdpx" ]; check "export: no project written" $?

# A folder that is not there says the same.
expect_error "search --db a folder not there" 2 "$work/none: error: no database here" "$returns" search --db "$work/none"
[ ! -e "$work/none" ]; check "search does not create the folder" $?

# Still a database once one is built there.
"$returns" index "$data/intake/names/new-round.csv" --db "$work/empty" --round 2014-03 2>/dev/null
check "index into the empty folder: exit 0" $?
"$returns" info --db "$work/empty" | grep -q "^documents: 5$"; check "the empty folder is a database now" $?

finish database
