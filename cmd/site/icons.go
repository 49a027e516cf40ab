package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
)

// The icon: three rising bars, white on the brand colour, full bleed.
// web/icon.svg draws the same mark (viewBox 0 0 512 512).

// markBars are the bars as fractions of the mark's square box: x offset,
// width and height from the bottom.
var markBars = []struct{ x, w, h float64 }{
	{0.00, 0.22, 0.45},
	{0.39, 0.22, 0.70},
	{0.78, 0.22, 1.00},
}

// Mark sizes as a fraction of the icon. A maskable icon may be cut to a
// circle of 80% of its size, so its mark's corners must stay inside that
// circle: a centred box of side s has corners at s/√2 from the centre,
// 0.5/√2 = 0.354 < 0.4.
const (
	markScale         = 0.62
	maskableMarkScale = 0.50
	maskableSafeZone  = 0.80 // diameter of the safe circle, fraction of size
)

// iconFile is a PNG icon cmd/site writes to web/.
type iconFile struct {
	name     string
	size     int
	maskable bool
}

var iconFiles = []iconFile{
	{"icon-192.png", 192, false},
	{"icon-512.png", 512, false},
	{"icon-maskable.png", 512, true},
}

// drawIcon draws the icon at size×size pixels.
func drawIcon(size int, maskable bool, bg, fg color.Color) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	draw.Draw(img, img.Bounds(), image.NewUniform(bg), image.Point{}, draw.Src)

	scale := markScale
	if maskable {
		scale = maskableMarkScale
	}
	box := float64(size) * scale
	x0 := (float64(size) - box) / 2
	y0 := x0
	px := func(v float64) int { return int(math.Round(v)) }
	for _, b := range markBars {
		r := image.Rect(
			px(x0+b.x*box), px(y0+(1-b.h)*box),
			px(x0+(b.x+b.w)*box), px(y0+box),
		)
		draw.Draw(img, r, image.NewUniform(fg), image.Point{}, draw.Src)
	}
	return img
}

// encodeIcon draws an icon and encodes it as PNG.
func encodeIcon(ic iconFile, bg, fg color.Color) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, drawIcon(ic.size, ic.maskable, bg, fg)); err != nil {
		return nil, fmt.Errorf("encoding %s: %w", ic.name, err)
	}
	return buf.Bytes(), nil
}

// parseHex parses a "#rrggbb" colour.
func parseHex(s string) (color.NRGBA, error) {
	var c color.NRGBA
	if len(s) != 7 || s[0] != '#' {
		return c, fmt.Errorf("colour %q: want #rrggbb", s)
	}
	if _, err := fmt.Sscanf(s[1:], "%02x%02x%02x", &c.R, &c.G, &c.B); err != nil {
		return c, fmt.Errorf("colour %q: %w", s, err)
	}
	c.A = 0xff
	return c, nil
}
