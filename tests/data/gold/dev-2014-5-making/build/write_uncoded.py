import json
from common import records
with open("../comments-2014-5.uncoded.jsonl", "w") as f:
    for r in records():
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
