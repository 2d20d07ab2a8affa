# Summarises a trace for trace-every-worker.c: per track the event names
# (waits apart), and whether the chunks cover every iteration once.
import json
import sys

trace = json.load(open(sys.argv[1]))
names, tracks, waits, covered = {}, {}, set(), []
for ev in trace["traceEvents"]:
    if ev["ph"] == "M" and ev["name"] == "thread_name":
        names[ev["tid"]] = ev["args"]["name"]
    elif ev["ph"] == "X" and ev["cat"] == "wait":
        waits.add(ev["name"])
    elif ev["ph"] == "X":
        tracks.setdefault(ev["tid"], set()).add(ev["name"])
        if ev["name"] == "chunk":
            covered.extend(range(ev["args"]["first"], ev["args"]["end"]))
for tid in sorted(tracks):
    print("tid %d (%s): %s" % (tid, names.get(tid), " ".join(sorted(tracks[tid]))))
print("waits: " + " ".join(sorted(waits)))
if sorted(covered) == list(range(300)):
    print("chunks cover 0..300")
else:
    print("chunks do not cover 0..300 once: %d iterations" % len(covered))
