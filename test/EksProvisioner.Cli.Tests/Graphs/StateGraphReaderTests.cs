using EksProvisioner.Cli.Graphs;

namespace EksProvisioner.Cli.Tests.Graphs;

public sealed class StateGraphReaderTests
{
    private static readonly StateGraph Graph = StateGraphReader.Read(GraphDefinitions.EveryKind);

    [Fact]
    public void Read_EveryKind_OneNodePerStateIncludingNestedOnes()
    {
        Assert.Equal(
            ["Check", "Both", "Left", "Right", "RightDone", "Each", "Item", "Rollback", "Failed", "Done"],
            Graph.Nodes.Select(n => n.Name));
        Assert.Equal("Check", Graph.StartAt);
    }

    [Fact]
    public void Read_EveryKind_EdgesForNextChoicesDefaultCatchAndBranches()
    {
        var edges = Graph.Edges.Select(e => (e.From, e.To, e.Kind)).ToList();

        Assert.Contains(("Check", "Both", EdgeKind.Choice), edges);
        Assert.Contains(("Check", "Done", EdgeKind.Default), edges);
        Assert.Contains(("Both", "Each", EdgeKind.Next), edges);
        Assert.Contains(("Both", "Rollback", EdgeKind.Catch), edges);
        Assert.Contains(("Both", "Left", EdgeKind.Branch), edges);
        Assert.Contains(("Both", "Right", EdgeKind.Branch), edges);
        Assert.Contains(("Each", "Item", EdgeKind.Branch), edges);
        Assert.Contains(("Right", "RightDone", EdgeKind.Next), edges);
        Assert.Equal("States.ALL", Graph.Edges.Single(e => e.Kind == EdgeKind.Catch).Label);
    }

    [Fact]
    public void Read_ParallelAndMap_OneClusterPerBranchAndIterator()
    {
        Assert.Equal(["Both/branch1", "Both/branch2", "Each/iterator"], Graph.Clusters.Select(c => c.Id));
        Assert.Equal("Both/branch2", Graph.Node("RightDone").Cluster);
        Assert.Equal("Each/iterator", Graph.Node("Item").Cluster);
        Assert.Null(Graph.Node("Done").Cluster);
    }

    [Fact]
    public void Read_DeployedProvisionMachine_HasRollbackCatchesFromEveryStage()
    {
        var graph = StateGraphReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "StateMachines", "provision-environment.asl.json")));

        Assert.Contains(graph.Edges, e => e.From == "CreateCluster" && e.To == "Rollback" && e.Kind == EdgeKind.Catch);
        Assert.Equal("CreateCapacity", graph.Clusters.Single(c => c.Id == graph.Node("NodeGroups").Cluster).Owner);
    }
}
