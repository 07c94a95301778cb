namespace EksProvisioner.Cli.Graphs;

/// <summary>A rectangle of the layout, in SVG user units (top-left origin).</summary>
internal readonly record struct LayoutBox(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public double CenterX => X + (Width / 2);

    public double CenterY => Y + (Height / 2);
}
