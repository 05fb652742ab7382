/// The desk's style sheet and script, served from the binary: no CDN, no network.
enum DeskAssets {
    static let css = """
        :root { --hostile: #c0392b; --neutral: #6b6b6b; --supportive: #1f78b4; --ink: #1d1d1f; --muted: #5f6368; --line: #d8d8d8; --paper: #fff; --tint: #f6f6f4; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); background: var(--paper); }
        header.top { display: flex; gap: 1.5em; align-items: baseline; padding: .6em 1.5em; background: #20242b; color: #fff; flex-wrap: wrap; }
        header.top a { color: #fff; text-decoration: none; }
        header.top .brand { font-weight: 700; font-size: 1.1em; }
        header.top nav a { margin-right: 1em; opacity: .85; }
        header.top nav a[aria-current] { opacity: 1; border-bottom: 2px solid #fff; }
        header.top .counts { margin-left: auto; opacity: .7; font-size: .9em; }
        main { max-width: 1280px; margin: 0 auto; padding: 1em 1.5em 4em; }
        h1 { font-size: 1.6em; margin: .4em 0; } h2 { font-size: 1.25em; margin-top: 1.6em; } h3 { font-size: 1.05em; }
        a { color: #1a5fb4; }
        .hint, .kind { color: var(--muted); }
        .problem { color: var(--hostile); font-weight: 600; }
        form.filters { display: flex; flex-wrap: wrap; gap: .6em 1.2em; align-items: center; padding: .7em 1em; background: var(--tint); border: 1px solid var(--line); border-radius: 6px; }
        form.filters label { white-space: nowrap; }
        input, select, textarea, button { font: inherit; }
        input[type=search] { min-width: 24em; }
        button { padding: .3em .9em; border: 1px solid #888; border-radius: 4px; background: #fff; cursor: pointer; }
        figure.map { margin: 1em 0; border: 1px solid var(--line); border-radius: 6px; overflow: auto; background: #fff; }
        figure.map svg.graph { display: block; width: 100%; height: auto; min-width: 900px; }
        figure.diffmap svg.graph { min-width: 600px; max-height: 80vh; }
        .scroll { overflow-x: auto; }
        table.matrix { font-size: .85em; }
        table.matrix th { font-weight: 600; vertical-align: bottom; }
        table.matrix tbody th { white-space: nowrap; text-align: left; padding-right: .8em; }
        table.matrix thead th { max-width: 7em; }
        table.matrix td { text-align: center; min-width: 3.6em; padding: 0; border: 1px solid #e2e2e2; }
        table.matrix td a { display: block; padding: .25em .3em; color: #111; text-decoration: none; font-variant-numeric: tabular-nums; }
        table.matrix td small { display: block; font-size: .75em; color: #333; }
        ul.columns { columns: 4 14em; padding-left: 1.2em; }
        .n { color: var(--muted); font-variant-numeric: tabular-nums; }
        article.statement { border-left: 5px solid var(--neutral); padding: .3em 1em; margin: .9em 0; background: var(--tint); border-radius: 0 6px 6px 0; }
        article.statement.hostile { border-left-color: var(--hostile); }
        article.statement.supportive { border-left-color: var(--supportive); }
        article.statement .head { margin: .2em 0; }
        article.statement .head > * { margin-right: .35em; }
        article.statement time { font-variant-numeric: tabular-nums; font-weight: 600; }
        article.statement blockquote { margin: .3em 0 .3em .2em; font-family: Georgia, "Times New Roman", serif; font-size: 1.05em; }
        article.statement .foot { margin: .2em 0; font-size: .85em; color: var(--muted); }
        .stance { font-size: .8em; padding: 0 .45em; border-radius: 3px; color: #fff; background: var(--neutral); }
        .stance.hostile { background: var(--hostile); } .stance.supportive { background: var(--supportive); }
        .cue { font-style: italic; } .form, .review, .topics { font-size: .85em; color: var(--muted); }
        mark { background: #fff1a8; padding: 0 .1em; }
        mark.hostile { background: #f6d3cf; } mark.supportive { background: #d3e5f3; } mark.neutral { background: #e8e8e8; }
        .article p { max-width: 46em; font-family: Georgia, "Times New Roman", serif; font-size: 1.08em; }
        .article p.heading { font-family: inherit; font-weight: 700; }
        .article p.aside { color: var(--muted); font-size: .9em; }
        .article sup a.who { font-family: system-ui, sans-serif; font-size: .72em; text-decoration: none; padding: 0 .3em; border-radius: 3px; color: #fff; background: var(--neutral); }
        .article sup a.who.hostile { background: var(--hostile); } .article sup a.who.supportive { background: var(--supportive); }
        :target { outline: 3px solid #f5c211; }
        table { border-collapse: collapse; margin: .6em 0; }
        th, td { border-bottom: 1px solid var(--line); padding: .25em .7em; text-align: left; vertical-align: top; }
        td.verdict.hardened { color: var(--hostile); font-weight: 600; } td.verdict.softened { color: var(--supportive); font-weight: 600; }
        td.verdict.reversed { font-weight: 700; }
        svg.chart { width: 100%; max-width: 720px; height: auto; font: 11px system-ui, sans-serif; }
        svg.chart .grid { stroke: #e6e6e6; } svg.chart .axis { stroke: #777; }
        svg.chart .line { fill: none; stroke: #444; stroke-width: 1.5; }
        svg.chart .point { fill: #1f78b4; } svg.chart .revision { fill: none; stroke: var(--hostile); stroke-width: 2; }
        section.series { margin-bottom: 2.5em; }
        section.series td:first-child, section.series td.n { white-space: nowrap; }
        svg.chart .value { font-weight: 600; fill: #1d1d1f; }
        .actions { display: flex; gap: 1em; margin: 1em 0; }
        .actions button { font-size: 1.1em; padding: .4em 1.6em; }
        button.accept { border-color: var(--supportive); color: var(--supportive); } button.reject { border-color: var(--hostile); color: var(--hostile); }
        form.correct fieldset { border: 1px solid var(--line); border-radius: 6px; display: grid; gap: .5em; max-width: 46em; }
        form.correct textarea, form.correct input:not([type=hidden]):not([type=checkbox]) { width: 100%; }
        form.correct fieldset.topics { display: block; border: none; padding: 0; }
        form.correct label.box { display: inline-block; margin-right: 1em; white-space: nowrap; }
        kbd { border: 1px solid #aaa; border-radius: 3px; padding: 0 .3em; font-size: .85em; background: #fafafa; }
        .pager a { margin-right: 1em; }
        @media print { header.top, form.filters { display: none; } figure.map svg.graph { min-width: 0; } }

        """

    /// Keyboard shortcuts for review, and the static site's search. Pages work without it.
    static let javascript = """
        "use strict";
        document.addEventListener("keydown", function (event) {
          if (event.ctrlKey || event.metaKey || event.altKey) return;
          var tag = (event.target && event.target.tagName) || "";
          if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") return;
          var click = function (id) { var element = document.getElementById(id); if (element) { event.preventDefault(); element.click(); } };
          switch (event.key) {
            case "a": click("accept"); break;
            case "r": click("reject"); break;
            case "j": click("next"); break;
            case "k": click("previous"); break;
            case "c": var field = document.getElementById("correct-speaker"); if (field) { event.preventDefault(); field.focus(); field.select(); } break;
          }
        });
        (function () {
          var hint = document.getElementById("static-search");
          if (!hint) return;
          var form = document.querySelector("form[role=search]"), results = document.getElementById("results"), index = null;
          function text(tag, value, className) { var element = document.createElement(tag); element.textContent = value; if (className) element.className = className; return element; }
          function show(query) {
            var words = query.toLowerCase().split(/[^\\p{L}\\p{N}]+/u).filter(Boolean);
            results.replaceChildren();
            if (!words.length) return;
            var found = index.filter(function (row) { var low = row.text.toLowerCase(); return words.every(function (w) { return low.indexOf(w) >= 0; }); });
            results.appendChild(text("p", found.length + (found.length === 1 ? " statement matches." : " statements match.")));
            found.slice(0, 200).forEach(function (row) {
              var card = document.createElement("article"); card.className = "statement " + row.stance;
              var head = document.createElement("p"); head.className = "head";
              head.appendChild(text("time", row.date || "undated"));
              var who = text("a", row.speaker, "speaker"); who.href = row.actor; head.appendChild(who);
              head.appendChild(text("span", row.cue, "cue"));
              card.appendChild(head);
              card.appendChild(text("blockquote", row.text));
              var foot = document.createElement("p"); foot.className = "foot";
              var where = text("a", row.outlet); where.href = row.article; foot.appendChild(where);
              card.appendChild(foot);
              results.appendChild(card);
            });
          }
          form.addEventListener("submit", function (event) {
            event.preventDefault();
            var query = form.querySelector("input[name=q]").value;
            if (index) { show(query); return; }
            var script = document.createElement("script");
            script.src = "search-index.js";
            script.onload = function () { index = window.stanceGraphIndex || []; show(query); };
            document.head.appendChild(script);
          });
        })();

        """
}
