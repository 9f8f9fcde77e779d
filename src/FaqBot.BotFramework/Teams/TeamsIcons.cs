namespace FaqBot.BotFramework.Teams;

/// <summary>
/// Draws the two icons Teams requires: a 192×192 colour icon (a white speech bubble with a question
/// mark-like dot on the accent colour) and a 32×32 outline icon (the bubble in white on transparent).
/// </summary>
internal static class TeamsIcons
{
    public static byte[] Color(string accentColor)
    {
        const int size = 192;
        var (r, g, b) = ParseHex(accentColor);
        var pixels = new byte[size * size * 4];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var white = InBubble(x, y, size) && !InDots(x, y, size);
                Set(pixels, size, x, y, white ? (byte)255 : r, white ? (byte)255 : g, white ? (byte)255 : b, 255);
            }
        }

        return PngEncoder.Encode(size, size, pixels);
    }

    public static byte[] Outline()
    {
        const int size = 32;
        var pixels = new byte[size * size * 4];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                // The outline: bubble pixels with at least one neighbour outside the bubble.
                var edge = InBubble(x, y, size)
                    && (!InBubble(x - 1, y, size) || !InBubble(x + 1, y, size) || !InBubble(x, y - 1, size) || !InBubble(x, y + 1, size)
                        || InDots(x, y, size));
                Set(pixels, size, x, y, 255, 255, 255, edge ? (byte)255 : (byte)0);
            }
        }

        return PngEncoder.Encode(size, size, pixels);
    }

    // A rounded rectangle in the upper part with a tail at the lower left, in unit coordinates.
    private static bool InBubble(int x, int y, int size)
    {
        if (x < 0 || y < 0 || x >= size || y >= size)
        {
            return false;
        }

        double u = (x + 0.5) / size, v = (y + 0.5) / size;
        const double left = 0.16, right = 0.84, top = 0.2, bottom = 0.68, radius = 0.12;
        var dx = Math.Max(Math.Max(left + radius - u, u - (right - radius)), 0);
        var dy = Math.Max(Math.Max(top + radius - v, v - (bottom - radius)), 0);
        var inBody = u >= left && u <= right && v >= top && v <= bottom && (dx * dx) + (dy * dy) <= radius * radius;
        var inTail = v > bottom - 0.01 && v <= 0.84 && u >= 0.28 && u <= 0.28 + (0.84 - v) * 1.0 && u <= 0.44;
        return inBody || inTail;
    }

    // Three dots inside the bubble ("…", a conversation in progress).
    private static bool InDots(int x, int y, int size)
    {
        double u = (x + 0.5) / size, v = (y + 0.5) / size;
        foreach (var cx in new[] { 0.34, 0.5, 0.66 })
        {
            if (((u - cx) * (u - cx)) + ((v - 0.44) * (v - 0.44)) <= 0.055 * 0.055)
            {
                return true;
            }
        }

        return false;
    }

    private static void Set(byte[] pixels, int size, int x, int y, byte r, byte g, byte b, byte a)
    {
        var i = ((y * size) + x) * 4;
        pixels[i] = r;
        pixels[i + 1] = g;
        pixels[i + 2] = b;
        pixels[i + 3] = a;
    }

    private static (byte R, byte G, byte B) ParseHex(string color)
    {
        var hex = color.TrimStart('#');
        return (Convert.ToByte(hex[..2], 16), Convert.ToByte(hex[2..4], 16), Convert.ToByte(hex[4..6], 16));
    }
}
