#!/usr/bin/env python3
"""Fails when eval/floors.json lowers a floor it held in an earlier commit.

Floors only rise: a set's (name, metric) floor may never go below the highest value it had
in the history of eval/floors.json. A metric whose definition changed is renamed (a new
key), which starts a new history. Needs the git history (a shallow clone is reported and
passes)."""
import json
import subprocess
import sys


def show(rev):
    r = subprocess.run(["git", "show", f"{rev}:eval/floors.json"], capture_output=True, text=True)
    try:
        return json.loads(r.stdout) if r.returncode == 0 else None
    except ValueError:
        return None


def main():
    now = json.load(open("eval/floors.json"))
    shallow = subprocess.run(["git", "rev-parse", "--is-shallow-repository"], capture_output=True, text=True).stdout.strip()
    revs = subprocess.run(["git", "log", "--format=%H", "--", "eval/floors.json"], capture_output=True, text=True).stdout.split()
    if shallow == "true":
        print("check_floors: shallow clone, the history of eval/floors.json is incomplete")
    best = {}
    for rev in revs:
        for k, v in (show(rev) or {}).items():
            if isinstance(v, dict) and "value" in v and "metric" in v:
                key = (k, v["metric"])
                best[key] = max(best.get(key, v["value"]), v["value"])
    low = [
        f"{k} ({v['metric']}): {v['value']:.4f}, was {best[(k, v['metric'])]:.4f}"
        for k, v in now.items()
        if (k, v.get("metric")) in best and v["value"] < best[(k, v["metric"])] - 1e-9
    ]
    if low:
        print("eval/floors.json lowers floors (floors only rise; rename a metric whose definition changed):")
        for line in low:
            print("  " + line)
        sys.exit(1)
    print(f"check_floors: {len(now)} floors, none lower than before")


if __name__ == "__main__":
    main()
