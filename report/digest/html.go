package digest

import (
	"fmt"
	"html/template"
	"io"
	"strings"
)

// renderHTML writes the digest as one self-contained HTML page: inline CSS,
// no scripts, no external assets. html/template escapes every text and
// attribute; links are http(s) only (the view drops anything else).
func renderHTML(w io.Writer, d *Doc) error {
	return executeHTML(w, "digest", newView(d))
}

// RenderHTMLBody writes what the HTML digest holds between <body> and
// </body>, for a page that brings the style itself (HTMLStyle): the same
// template, so the same escaping. base replaces the digest's BaseURL as
// the start of its links to the review queue and the claims' pages: an
// http(s) URL, or a path from the root such as "/" (links on the same
// site); any other base links to no page.
func RenderHTMLBody(w io.Writer, d *Doc, base string) error {
	if d == nil {
		return fmt.Errorf("digest: render: nil digest")
	}
	b, ok := linkBase(base)
	return executeHTML(w, "body", newLinkedView(d, b, ok))
}

// HTMLStyle is the CSS of the HTML digest.
func HTMLStyle() string { return htmlStyle }

func executeHTML(w io.Writer, name string, v view) error {
	t, err := template.New("digest").Funcs(template.FuncMap{
		"join": strings.Join,
	}).Parse(htmlTemplate)
	if err != nil {
		return fmt.Errorf("digest: parse HTML template: %w", err)
	}
	if err := t.ExecuteTemplate(w, name, v); err != nil {
		return fmt.Errorf("digest: write HTML: %w", err)
	}
	return nil
}

const htmlStyle = `body{font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;line-height:1.45;color:#1f2328;max-width:52rem;margin:1.5rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.25rem}
h2{font-size:1.25rem;border-bottom:1px solid #d0d7de;padding-bottom:.25rem;margin-top:2rem}
h3{font-size:1.05rem;margin:1.5rem 0 .25rem}
h4{font-size:1rem;margin:0 0 .25rem}
a{color:#0969da}
.meta,.ids,.muted{color:#57606a;font-size:.9rem}
.verdict{margin:.1rem 0 .75rem}
.warn{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem .75rem;border-radius:6px}
.alerts{background:#ffebe9;border:1px solid #cf222e;padding:.5rem .75rem;border-radius:6px}
.alerts h2{border:0;margin-top:.25rem;color:#a40e26}
.flag{border-left:4px solid #cf222e;background:#f6f8fa;padding:.6rem .9rem;margin:.75rem 0;border-radius:0 6px 6px 0}
.flag blockquote{margin:.5rem 0;padding:.25rem .75rem;border-left:3px solid #8c959f;background:#fff;font-style:italic}
.flag ul{margin:.25rem 0 .25rem 1.25rem;padding:0}
.signal{font-weight:600}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
td.num{text-align:right}
td ul{margin:0;padding-left:1rem}
.err{color:#a40e26}
ul.claims{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:.5rem .75rem .5rem 2rem}
summary{cursor:pointer}
dl{margin:.25rem 0 .75rem;font-size:.9rem}
dt{font-weight:600;float:left;clear:left;margin-right:.4rem}
dt::after{content:":"}
dd{margin:0 0 .2rem 0}
`

const htmlTemplate = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>litwatch: {{.Headline}} ({{.Window}})</title>
<style>
` + htmlStyle + `</style>
</head>
<body>
{{template "body" .}}
</body>
</html>
{{- define "body"}}<h1>{{.Headline}}</h1>
<p class="meta">Window: {{.Window}} · generated {{.Generated}}<br>{{.Counts}}</p>
{{- with .ReviewURL}}
<p class="review"><a href="{{.}}">Open the review queue</a> to decide on the flags.</p>
{{- end}}
{{- if .Claims}}
<ul class="claims">
{{- range .Claims}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- end}}
{{range .Warnings}}<p class="warn"><strong>Warning:</strong> {{.}}</p>
{{end}}
{{- if .Basis}}
<section class="alerts">
<h2>Alerts about your claims' basis</h2>
<ul>
{{- range .Basis}}
<li><strong>{{if .Claim}}{{.Claim}}{{else}}-{{end}}</strong>{{if .Statement}} ({{.Statement}}){{end}}: {{.Message}}{{if .Link}} <a href="{{.Link}}">Details</a>{{end}}</li>
{{- end}}
</ul>
</section>
{{- end}}

<h2>Possible updates to your claims</h2>
{{- if not .Flagged}}
<p>No new record was flagged as possibly changing a claim.</p>
{{- end}}
{{- range .Flagged}}
<h3>{{template "heading" .}}</h3>
<p class="verdict">{{.VerdictLabel}}: <strong>{{.VerdictText}}</strong></p>
{{- range .Items}}
<article class="flag">
<h4>{{if .URL}}<a href="{{.URL}}">{{.Title}}</a>{{else}}{{.Title}}{{end}}</h4>
{{- if .Meta}}
<div class="meta">{{join .Meta " · "}}</div>
{{- end}}
{{- if .IDs}}
<div class="ids">{{template "ids" .IDs}}</div>
{{- end}}
<p><span class="signal">Signal:</span> {{.SignalText}}</p>
{{- range .Evidence}}
<blockquote>“{{.}}”</blockquote>
{{- end}}
{{- if .Reasons}}
<p><strong>Why it matters:</strong></p>
<ul>
{{- range .Reasons}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- end}}
{{- if .Also}}
<p class="muted">Also bears on: {{join .Also ", "}}</p>
{{- end}}
{{- with .ReviewURL}}
<p class="decide"><a href="{{.}}">Decide on this flag</a></p>
{{- end}}
</article>
{{- end}}
{{- end}}

{{- if .Open}}

<h2>Still open from earlier digests</h2>
<ul>
{{- range .Open}}
<li><strong>{{.Claim}}</strong>: {{if .URL}}<a href="{{.URL}}">{{.Title}}</a>{{else}}{{.Title}}{{end}}{{if .Year}} <span class="meta">({{.Year}})</span>{{end}}.{{with .Details}} {{.}}{{end}} <span class="muted">Record {{.RecordID}}: {{if .ReviewURL}}<a href="{{.ReviewURL}}">decide on the review page</a>{{else}}decide with <code>{{.Command}}</code>{{end}}.</span></li>
{{- end}}
</ul>
{{- end}}

<h2>Other relevant records</h2>
{{- if not .Relevant}}
<p>None.</p>
{{- end}}
{{- range .Relevant}}
<h3>{{template "heading" .}}</h3>
<p class="verdict">{{.VerdictLabel}}: <strong>{{.VerdictText}}</strong></p>
<ul>
{{- range .Items}}
<li>{{if .URL}}<a href="{{.URL}}">{{.Title}}</a>{{else}}{{.Title}}{{end}}{{if .Meta}} <span class="meta">({{join .Meta ", "}})</span>{{end}}.{{if .IDs}} <span class="ids">{{template "ids" .IDs}}</span>.{{end}} Signal: {{.SignalText}}{{if .Reasons}}. {{join .Reasons " "}}{{end}}</li>
{{- end}}
</ul>
{{- end}}

<h2>Not relevant</h2>
{{- if .Unrelated}}
<details>
<summary>{{.OtherText}}</summary>
<ul>
{{- range .Unrelated}}
<li>{{if .URL}}<a href="{{.URL}}">{{.Title}}</a>{{else}}{{.Title}}{{end}}{{if .Year}} <span class="meta">({{.Year}})</span>{{end}}</li>
{{- end}}
</ul>
{{- with .MoreText}}
<p class="muted">{{.}}</p>
{{- end}}
</details>
{{- else}}
<p>{{.OtherText}}</p>
{{- end}}

<h2>Legend</h2>
<p>Levels, how much attention a record asks for:</p>
<dl>
{{- range .Levels}}
<dt>{{.Term}}</dt><dd>{{.Meaning}}.</dd>
{{- end}}
</dl>
<p>Signals, what a record means for a claim:</p>
<dl>
{{- range .Signals}}
<dt>{{.Term}}</dt><dd>{{.Meaning}}.</dd>
{{- end}}
</dl>

<h2>Sources</h2>
{{- if not .Sources}}
<p>No source ran.</p>
{{- else}}
<table>
<thead><tr><th>Source</th><th>Window</th><th>Fetched</th><th>New</th><th>Skipped</th><th>Errors</th></tr></thead>
<tbody>
{{- range .Sources}}
<tr><td>{{.Name}}</td><td>{{.Window}}</td><td class="num">{{.Fetched}}</td><td class="num">{{.New}}</td><td class="num">{{.Skipped}}</td><td>{{if .Errors}}<ul class="err">{{range .Errors}}<li>{{.}}</li>{{end}}</ul>{{else}}none{{end}}</td></tr>
{{- end}}
</tbody>
</table>
{{- range .Sources}}{{with .SkipText}}
<p class="skip">{{.}}</p>
{{- end}}{{end}}
{{- end}}
{{- range .Notes}}
<p class="note">Note: {{.}}</p>
{{- end}}{{end}}
{{- define "heading"}}{{if .URL}}<a href="{{.URL}}">{{.Heading}}</a>{{else}}{{.Heading}}{{end}}{{end}}
{{- define "ids"}}{{range $i, $l := .}}{{if $i}} · {{end}}{{if $l.URL}}<a href="{{$l.URL}}">{{$l.Text}}</a>{{else}}{{$l.Text}}{{end}}{{end}}{{end}}
`
