#!/usr/bin/python3
"""Loads kg's JSON export with networkx's node_link_graph and its GraphML
export with igraph, and checks the node and edge counts against the ones the
C++ test wrote. Exits 77 (CTest: skipped) when neither module is installed;
says which check was skipped when only one is."""
import json
import os
import sys

SKIP = 77


def check_networkx(directory, nodes, edges):
    import networkx
    with open(os.path.join(directory, "sample.json"), encoding="utf-8") as f:
        data = json.load(f)
    g = networkx.node_link_graph(data, directed=True, multigraph=True)
    assert g.number_of_nodes() == nodes, (g.number_of_nodes(), nodes)
    assert g.number_of_edges() == edges, (g.number_of_edges(), edges)
    names = {d["name"] for _, d in g.nodes(data=True)}
    assert "Vladimir Putin" in names, names
    assert all("type" in d for _, _, d in g.edges(data=True))


def check_igraph(directory, nodes, edges):
    import igraph
    g = igraph.Graph.Read_GraphML(os.path.join(directory, "sample.graphml"))
    assert g.vcount() == nodes, (g.vcount(), nodes)
    assert g.ecount() == edges, (g.ecount(), edges)
    assert g.is_directed()
    assert "Vladimir Putin" in g.vs["name"], g.vs["name"]
    assert set(g.es["relation"]) >= {"signed", "met"}, g.es["relation"]


def main():
    directory = sys.argv[1]
    with open(os.path.join(directory, "expected.txt")) as f:
        nodes, edges = (int(x) for x in f.read().split())
    ran = 0
    for name, check in (("networkx", check_networkx), ("igraph", check_igraph)):
        try:
            __import__(name)
        except ImportError:
            print(f"skipped: python3 module {name} is not installed")
            continue
        check(directory, nodes, edges)
        print(f"ok: {name} loaded {nodes} nodes and {edges} edges")
        ran += 1
    return 0 if ran else SKIP


if __name__ == "__main__":
    sys.exit(main())
