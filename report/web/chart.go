package web

import (
	"fmt"
	"strconv"

	"github.com/litwatch/litwatch/store"
)

// chart is a stacked bar chart of the records bearing on a claim per
// publication year by direction, drawn on the server as SVG (no script,
// no inline style: presentation attributes only), with a table of the same
// counts for readers that do not see it.
type chart struct {
	Width, Height int
	Bars          []bar
	Labels        []label // years under the bars, the scale on the left
	Legend        []legendItem
	Rows          []chartRow
	Directions    []string // the table's columns
	Undated       int      // records with no year, not drawn
	Empty         bool
}

type bar struct {
	X, Y, W, H int
	Fill       string
	Title      string
}

type label struct {
	X, Y   int
	Text   string
	Anchor string // "middle" or "end"
}

type legendItem struct {
	X    int
	Fill string
	Text string
}

type chartRow struct {
	Year   int
	Counts []int // by Directions
	Total  int
}

// directions in stacking order (bottom first), with their colours.
var chartDirections = [...]struct{ name, text, fill string }{
	{"benefit", "benefit", "#2da44e"},
	{"no_effect", "no effect", "#8c959f"},
	{"mixed", "mixed", "#bf8700"},
	{"unclear", "unclear", "#d0d7de"},
	{"harm", "harm", "#cf222e"},
}

// maxChartYears bounds the years drawn: the latest ones.
const maxChartYears = 40

// Chart geometry.
const (
	chartW      = 640
	chartH      = 200
	plotLeft    = 36
	plotTop     = 28
	plotBottom  = 172
	plotRight   = chartW - 8
	legendY     = 12
	yearLabelsY = 188
)

func directionIndex(d string) int {
	for i, c := range chartDirections {
		if c.name == d {
			return i
		}
	}
	return 3 // unknown directions count as unclear
}

func newChart(counts []store.YearCount) chart {
	c := chart{Width: chartW, Height: chartH}
	for _, d := range chartDirections {
		c.Directions = append(c.Directions, d.text)
	}
	byYear := map[int][]int{}
	minY, maxY := 0, 0
	for _, yc := range counts {
		if yc.Year <= 0 {
			c.Undated += yc.Count
			continue
		}
		if byYear[yc.Year] == nil {
			byYear[yc.Year] = make([]int, len(chartDirections))
		}
		byYear[yc.Year][directionIndex(yc.Direction)] += yc.Count
		if minY == 0 || yc.Year < minY {
			minY = yc.Year
		}
		maxY = max(maxY, yc.Year)
	}
	if len(byYear) == 0 {
		c.Empty = true
		return c
	}
	minY = max(minY, maxY-maxChartYears+1)
	n := maxY - minY + 1
	top := 0
	for y := minY; y <= maxY; y++ {
		row := chartRow{Year: y, Counts: byYear[y]}
		if row.Counts == nil {
			row.Counts = make([]int, len(chartDirections))
		}
		for _, k := range row.Counts {
			row.Total += k
		}
		top = max(top, row.Total)
		c.Rows = append(c.Rows, row)
	}
	slot := (plotRight - plotLeft) / n
	w := max(2, min(28, slot-4))
	height := plotBottom - plotTop
	labelEvery := 1
	if slot < 30 {
		labelEvery = (30 + slot - 1) / slot
	}
	for i, row := range c.Rows {
		x := plotLeft + i*slot + (slot-w)/2
		base := plotBottom
		for d, k := range row.Counts {
			if k == 0 {
				continue
			}
			h := max(1, k*height/top)
			base -= h
			c.Bars = append(c.Bars, bar{X: x, Y: base, W: w, H: h, Fill: chartDirections[d].fill,
				Title: fmt.Sprintf("%d: %d %s", row.Year, k, chartDirections[d].text)})
		}
		if i%labelEvery == 0 || i == len(c.Rows)-1 {
			c.Labels = append(c.Labels, label{X: x + w/2, Y: yearLabelsY, Text: strconv.Itoa(row.Year), Anchor: "middle"})
		}
	}
	c.Labels = append(c.Labels,
		label{X: plotLeft - 6, Y: plotTop + 4, Text: strconv.Itoa(top), Anchor: "end"},
		label{X: plotLeft - 6, Y: plotBottom, Text: "0", Anchor: "end"})
	for i, d := range chartDirections {
		c.Legend = append(c.Legend, legendItem{X: plotLeft + i*110, Fill: d.fill, Text: d.text})
	}
	return c
}
