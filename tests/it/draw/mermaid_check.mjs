// Reads a JSON array of {"name", "text"} on standard input, parses each text with
// Mermaid's own parser, and writes a JSON array of what the parser read: the diagram type,
// its title, the flowchart's vertices, edges and subgraphs, the gantt's tasks. Run by
// tests/it/draw.rs as `node --input-type=module -e <this>` in the directory where
// `mermaid` and `jsdom` are installed (so that the bare imports resolve there).
//
// Mermaid keeps entity codes (`#quot;`, `#35;`) as placeholders in what it parsed, and
// line breaks as `<br>`; both are turned back into text here, so that the tests compare
// the labels read with the labels meant.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const inputs = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const named = (name) => {
  const el = document.createElement('textarea');
  el.innerHTML = `&${name};`;
  return el.value;
};
const decode = (s) =>
  String(s ?? '')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/ﬂ°°(\d+)¶ß/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/ﬂ°(\w+)¶ß/g, (_, n) => named(n));
const day = (d) => (d instanceof Date && !isNaN(d) ? d.toISOString().slice(0, 10) : null);

const results = [];
for (const { name, text } of inputs) {
  const r = { name, ok: false };
  try {
    await mermaid.parse(text);
    const d = await mermaid.mermaidAPI.getDiagramFromText(text);
    r.ok = true;
    r.type = d.type;
    // Mermaid's parse reads the front matter (as YAML) but keeps its title only when it
    // renders: the title is read here from the front matter's `title:` line, a JSON string.
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
    const line = front?.[1].split('\n').find((l) => l.startsWith('title: '));
    r.title = line ? JSON.parse(line.slice('title: '.length)) : decode(d.db.getDiagramTitle?.());
    if (d.db.getVertices) {
      r.vertices = [...d.db.getVertices().values()].map((v) => [v.id, decode(v.text), v.type ?? null]);
      r.edges = d.db.getEdges().map((e) => [e.start, e.end, decode(e.text), e.stroke]);
      r.subgraphs = d.db.getSubGraphs().map((s) => [s.id, decode(s.title), s.nodes]);
    }
    if (d.db.getTasks) {
      r.tasks = d.db.getTasks().map((t) => [
        decode(t.task).trim(), decode(t.section), day(t.startTime), day(t.endTime),
        Boolean(t.done), Boolean(t.milestone),
      ]);
    }
  } catch (e) {
    r.error = String(e?.message ?? e).split('\n').slice(0, 4).join('\n');
  }
  results.push(r);
}
process.stdout.write(JSON.stringify(results));
