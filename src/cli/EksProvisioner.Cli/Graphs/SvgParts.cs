using System.Xml;

namespace EksProvisioner.Cli.Graphs;

/// <summary>The SVG elements <see cref="SvgRenderer"/> is made of.</summary>
internal static class SvgParts
{
    private const string Ns = "http://www.w3.org/2000/svg";

    public static void Defs(XmlWriter w)
    {
        w.WriteStartElement("defs", Ns);
        Marker(w, "arrow", "#495057");
        Marker(w, "arrow-catch", GraphStyle.CatchColour);
        w.WriteEndElement();
    }

    public static void Cluster(XmlWriter w, GraphCluster cluster, LayoutBox box)
    {
        w.WriteStartElement("g", Ns);
        w.WriteAttributeString("class", "cluster");
        w.WriteAttributeString("data-cluster", cluster.Id);
        Rect(w, box, 8, "#f8f9fa", "#ced4da", "4 3");
        Text(w, box.X + 8, box.Y + 13, cluster.Label, 11, "#495057", "start");
        w.WriteEndElement();
    }

    /// <summary>A forward edge as a curve down; a back edge (a loop: <c>loop</c> is its number, which spreads loops apart) around the right side, a long Catch around the left (<c>lane</c> spreads those).</summary>
    public static void Edge(XmlWriter w, GraphEdge edge, LayoutBox from, LayoutBox to, int loop, int lane)
    {
        var catching = edge.Kind == EdgeKind.Catch;
        string d;
        if (edge.Kind == EdgeKind.Catch && to.Y - from.Bottom > 2 * LayeredLayout.NodeHeight)
        {
            // A rollback far below: out to the left gutter, down beside every state, in from the left.
            var x = LayeredLayout.Gutter - 24 - (8 * (lane % 7));
            d = $"M{N(from.X)},{N(from.CenterY)} H{N(x + 8)} Q{N(x)},{N(from.CenterY)} {N(x)},{N(from.CenterY + 8)} V{N(to.CenterY - 8)} Q{N(x)},{N(to.CenterY)} {N(x + 8)},{N(to.CenterY)} H{N(to.X)}";
        }
        else if (loop > 0)
        {
            // Out of the right side, up (or down) beside both boxes, into the target's right side.
            var x = Math.Max(from.Right, to.Right) + 14 + (6 * (loop % 5));
            d = $"M{N(from.Right)},{N(from.CenterY)} C{N(x)},{N(from.CenterY)} {N(x)},{N(to.CenterY)} {N(to.Right)},{N(to.CenterY)}";
        }
        else
        {
            var bend = Math.Max(20, (to.Y - from.Bottom) / 2);
            d = $"M{N(from.CenterX)},{N(from.Bottom)} C{N(from.CenterX)},{N(from.Bottom + bend)} {N(to.CenterX)},{N(to.Y - bend)} {N(to.CenterX)},{N(to.Y)}";
        }

        w.WriteStartElement("path", Ns);
        w.WriteAttributeString("class", "edge " + edge.Kind.ToString().ToLowerInvariant());
        w.WriteAttributeString("d", d);
        w.WriteAttributeString("fill", "none");
        w.WriteAttributeString("stroke", catching ? GraphStyle.CatchColour : "#868e96");
        w.WriteAttributeString("stroke-width", catching ? "1.4" : "1.2");
        if (catching || edge.Kind == EdgeKind.Default)
        {
            w.WriteAttributeString("stroke-dasharray", catching ? "6 4" : "2 3");
        }

        w.WriteAttributeString("marker-end", catching ? "url(#arrow-catch)" : "url(#arrow)");
        if (edge.Label is not null)
        {
            w.WriteElementString("title", Ns, edge.Label);
        }

        w.WriteEndElement();
    }

    public static void State(XmlWriter w, GraphNode node, LayoutBox box, StateRun? run, bool start)
    {
        var status = run?.Status ?? RunStatus.NotReached;
        w.WriteStartElement("g", Ns);
        w.WriteAttributeString("class", "state " + GraphStyle.CssClass(status) + (run is null ? " plain" : ""));
        w.WriteAttributeString("data-state", node.Name);
        w.WriteAttributeString("data-status", run is null ? "" : GraphStyle.CssClass(status));
        var caption = GraphStyle.Caption(node, run);
        w.WriteElementString("title", Ns, $"{node.Name} ({node.Type}){(run is null ? "" : ": " + caption)}");
        var fill = run is null ? "#ffffff" : GraphStyle.Fill(status);
        var stroke = run is null ? "#868e96" : GraphStyle.Stroke(status);
        Rect(w, box, node.Type is "Choice" or "Succeed" or "Fail" ? 22 : 6, fill, stroke, null, start ? 2.4 : 1.4);
        var ink = status == RunStatus.NotReached && run is not null ? "#868e96" : "#212529";
        Text(w, box.CenterX, box.Y + 19, node.Name, 13, ink, "middle", bold: true);
        Text(w, box.CenterX, box.Y + 36, caption.Length > 34 ? caption[..33] + "…" : caption, 11, run is null ? "#868e96" : "#495057", "middle");
        if (run?.Retries > 0)
        {
            w.WriteStartElement("circle", Ns);
            w.WriteAttributeString("cx", N(box.Right - 2));
            w.WriteAttributeString("cy", N(box.Y + 2));
            w.WriteAttributeString("r", "8");
            w.WriteAttributeString("fill", "#e67700");
            w.WriteEndElement();
            Text(w, box.Right - 2, box.Y + 6, run.Retries.ToString(System.Globalization.CultureInfo.InvariantCulture), 10, "#ffffff", "middle", bold: true);
        }

        w.WriteEndElement();
    }

    private static void Marker(XmlWriter w, string id, string colour)
    {
        w.WriteStartElement("marker", Ns);
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("viewBox", "0 0 10 10");
        w.WriteAttributeString("refX", "9");
        w.WriteAttributeString("refY", "5");
        w.WriteAttributeString("markerWidth", "7");
        w.WriteAttributeString("markerHeight", "7");
        w.WriteAttributeString("orient", "auto-start-reverse");
        w.WriteStartElement("path", Ns);
        w.WriteAttributeString("d", "M0,0 L10,5 L0,10 z");
        w.WriteAttributeString("fill", colour);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Rect(XmlWriter w, LayoutBox box, double radius, string fill, string stroke, string? dash, double strokeWidth = 1)
    {
        w.WriteStartElement("rect", Ns);
        w.WriteAttributeString("x", N(box.X));
        w.WriteAttributeString("y", N(box.Y));
        w.WriteAttributeString("width", N(box.Width));
        w.WriteAttributeString("height", N(box.Height));
        w.WriteAttributeString("rx", N(radius));
        w.WriteAttributeString("fill", fill);
        w.WriteAttributeString("stroke", stroke);
        w.WriteAttributeString("stroke-width", N(strokeWidth));
        if (dash is not null)
        {
            w.WriteAttributeString("stroke-dasharray", dash);
        }

        w.WriteEndElement();
    }

    private static void Text(XmlWriter w, double x, double y, string text, int size, string colour, string anchor, bool bold = false)
    {
        w.WriteStartElement("text", Ns);
        w.WriteAttributeString("x", N(x));
        w.WriteAttributeString("y", N(y));
        w.WriteAttributeString("font-size", size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteAttributeString("fill", colour);
        w.WriteAttributeString("text-anchor", anchor);
        if (bold)
        {
            w.WriteAttributeString("font-weight", "600");
        }

        w.WriteString(text);
        w.WriteEndElement();
    }

    private static string N(double value) => SvgRenderer.N(value);
}
