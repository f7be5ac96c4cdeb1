#!/usr/bin/python3
"""igraph's side of `node dist/bench/run.js --only graph`: the same edge list, igraph's Leiden and PageRank.

Usage: graph-igraph.py EDGES.csv [--pagerank-out FILE]

Reads `source,target[,weight]` (header optional) with the csv module, numbering nodes in order of first
appearance as Qyran does, so node i is the same node on both sides. Then serves: prints one JSON line when ready,
and one JSON line per command read from stdin (components, pagerank, leiden, quit), so that the caller can
alternate igraph's runs with Qyran's a moment apart on a shared, noisy machine. Times are of the igraph call
alone: wall-clock and process CPU seconds.
"""
import argparse
import array
import csv
import json
import resource
import sys
import time

HEADER_WORDS = {"source", "target", "from", "to", "src", "dst", "caller", "callee"}


def is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


def read_edges(path):
    ids = {}
    edges = []
    weights = []
    with open(path, newline="", encoding="utf-8-sig") as handle:
        for number, row in enumerate(csv.reader(handle)):
            if not row:
                continue
            if number == 0 and (row[0].strip().lower() in HEADER_WORDS or (len(row) > 2 and not is_number(row[2]))):
                continue
            a = ids.setdefault(row[0].strip(), len(ids))
            b = ids.setdefault(row[1].strip(), len(ids))
            edges.append((a, b))
            weights.append(float(row[2]) if len(row) > 2 and row[2].strip() else 1.0)
    return len(ids), edges, weights


def timed(call):
    wall, cpu = time.perf_counter(), time.process_time()
    result = call()
    return result, {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}


def say(value):
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("edges")
    parser.add_argument("--pagerank-out")
    args = parser.parse_args()
    try:
        import igraph
    except ImportError:
        say({"skipped": "python3-igraph is not installed (apt-get install python3-igraph)"})
        return

    started = time.perf_counter()
    count, edges, weights = read_edges(args.edges)
    graph = igraph.Graph(n=count, edges=edges, directed=False)
    weight = None
    if any(w != 1.0 for w in weights):
        graph.es["weight"] = weights
        weight = "weight"
    del edges, weights
    say({"ready": {"igraph": igraph.__version__, "nodes": graph.vcount(), "edges": graph.ecount(),
                   "load": time.perf_counter() - started}})

    for line in sys.stdin:
        command = line.strip()
        if command == "components":
            result, times = timed(graph.connected_components)
            say({**times, "count": len(result)})
        elif command == "pagerank":
            result, times = timed(lambda: graph.pagerank(damping=0.85, weights=weight))
            if args.pagerank_out:
                with open(args.pagerank_out, "wb") as out:
                    array.array("d", result).tofile(out)
            say(times)
        elif command == "leiden":
            result, times = timed(
                lambda: graph.community_leiden(objective_function="modularity", weights=weight, n_iterations=2)
            )
            say({**times, "modularity": graph.modularity(result.membership, weights=weight), "count": len(result)})
        elif command == "quit":
            say({"maxRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})
            return
        else:
            say({"error": "unknown command " + command})


main()
