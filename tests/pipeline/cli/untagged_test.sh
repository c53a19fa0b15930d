#!/usr/bin/env bash
# returns untagged: the comments with no theme, checked against tag output,
# with their most frequent words (no stop words); filters narrow them.
# usage: untagged_test.sh PATH/TO/returns SOURCE_DIR
source "$(dirname "$0")/lib.sh" "$@"

tag_corpus
db="$work/db"
build_db "$db"

"$returns" untagged --db "$db" --format json >"$work/u.json"
check "untagged --format json: exit 0" $?
python3 - "$work/u.json" "$work/t1.jsonl" <<'PY'
import json, re, sys
u = json.load(open(sys.argv[1]))
rows = [json.loads(l) for l in open(sys.argv[2])]
none = [r for r in rows if not r["themes"]]
assert u["untagged"] == len(none) > 0 and u["comments"] == len(rows), (u["untagged"], len(none))
assert sorted(r["comment_id"] for r in u["results"]) == sorted(r["comment_id"] for r in none)
assert all(not r["themes"] for r in u["results"])
# The words: counted over the untagged comments, most first, no stop words.
assert len(u["words"]) == 20
counts = [w["comments"] for w in u["words"]]
assert counts == sorted(counts, reverse=True), counts
stop = {"the", "and", "of", "to", "in", "a", "is", "are", "for", "with", "will", "have", "has", "be", "this", "that"}
assert not stop & {w["word"] for w in u["words"]}, u["words"]
for w in u["words"][:5]:
    held = sum(bool(re.search(r"(?<!\w)" + re.escape(w["word"]) + r"(?!\w)", r["text"].lower())) for r in none)
    assert held == w["comments"], (w, held)
PY
check "untagged: exactly the comments with no theme, and their frequent words" $?

"$returns" untagged --db "$db" --words 5 >"$work/u.txt"
check "untagged text: exit 0" $?
n=$(python3 -c "import json; print(json.load(open('$work/u.json'))['untagged'])")
total=$(wc -l <"$work/t1.jsonl")
grep -q "^Comments with no theme in all comments: $n of $total$" "$work/u.txt"; ok=$?; check "untagged text: the head line ($(head -1 "$work/u.txt"))" $ok
grep -q "^Most frequent words" "$work/u.txt"; check "untagged text: the words" $?
[ "$(grep -c '^[0-9]*\. ' "$work/u.txt")" -eq "$n" ]; check "untagged text: every comment listed" $?

"$returns" untagged --db "$db" --district Dover --question 3 --format json >"$work/dover.json"
python3 - "$work/dover.json" "$work/t1.jsonl" <<'PY'
import json, sys
u = json.load(open(sys.argv[1]))
rows = [json.loads(l) for l in open(sys.argv[2]) if json.loads(l)["district"] == "Dover" and json.loads(l)["question"] == 3]
assert u["comments"] == len(rows) and u["untagged"] == sum(not r["themes"] for r in rows), u["untagged"]
assert u["selection"] == "question 3, district Dover", u["selection"]
PY
check "untagged with filters: counted within the selection" $?

expect_error "untagged --theme" 2 "--theme cannot select comments that have no theme" "$returns" untagged --db "$db" --theme moderation
expect_error "untagged: no database" 2 "no database here" "$returns" untagged --db "$work/nothing"
expect_error "untagged: bad --format" 2 "unknown --format 'xml'" "$returns" untagged --db "$db" --format xml

finish untagged
