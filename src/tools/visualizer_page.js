// SPDX-License-Identifier: GPL-3.0-or-later
// The visualizer page's script (visualizer_page.html, docs/visualizer.md).
// It reads the tracer's records (docs/debugging.md, "State snapshots") and
// shows one step at a time; it computes nothing about the program itself:
// every stack, frame and object shown is one the tracer recorded.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const meta = JSON.parse($("pyvm-meta").textContent);

  // ------------------------------------------------------------ the trace
  // Definition records (code objects, frame, object and heap states) come
  // before the first step that uses them; each step is an instruction record.
  const codes = [], frameStates = [], objectStates = [], heaps = [], steps = [];
  let output = "";  // all the program printed; a step shows its prefix
  let cut = false;
  // (One JSON.parse of all the lines as an array: much faster than one per line.)
  const traceText = $("pyvm-trace").textContent.trim();
  const records = traceText === "" ? [] : JSON.parse("[" + traceText.replace(/\n/g, ",") + "]");
  for (const record of records) {
    if ("depth" in record) {
      if (record.output) output += record.output;
      record.outputEnd = output.length;
      delete record.output;
      steps.push(record);
    } else if ("listing" in record) {
      codes[record.code] = record;
    } else if ("frame" in record) {
      frameStates[record.frame] = record;
    } else if ("state" in record) {
      objectStates[record.state] = record;
    } else if ("heap" in record) {
      heaps[record.heap] = record.states;
    } else if ("cut" in record) {
      cut = true;
    }
  }
  const count = steps.length;
  const mainFile = count > 0 ? codes[steps[0].code].file : "";  // (other files' frames say theirs)

  // Runs of steps on one source line of one frame, for the line steps.
  const sameLine = (a, b) =>
    steps[a].code === steps[b].code && steps[a].line === steps[b].line && steps[a].depth === steps[b].depth;
  const runStart = new Int32Array(count), runEnd = new Int32Array(count);
  for (let i = 0; i < count; i++) runStart[i] = i > 0 && sameLine(i, i - 1) ? runStart[i - 1] : i;
  for (let i = count - 1; i >= 0; i--) runEnd[i] = i + 1 < count && sameLine(i, i + 1) ? runEnd[i + 1] : i;

  // ------------------------------------------------------------ moving
  // Each control's target step, from step k (0-based).
  const moves = {
    first: () => 0,
    last: () => count - 1,
    back: (k) => Math.max(k - 1, 0),
    forward: (k) => Math.min(k + 1, count - 1),
    // To the end of the next line's run: the line has then run.
    "forward-line": (k) => (k + 1 < count ? runEnd[k + 1] : k),
    // To the end of the previous line's run.
    "back-line": (k) => Math.max(runStart[k] - 1, 0),
    // The next step in this frame or a caller: a call runs whole.
    over: (k) => {
      let j = k + 1;
      while (j < count && steps[j].depth > steps[k].depth) j++;
      return Math.min(j, count - 1);
    },
    // The same backwards: the previous step in this frame or a caller.
    "back-over": (k) => {
      let j = k - 1;
      while (j > 0 && steps[j].depth > steps[k].depth) j--;
      return Math.max(j, 0);
    },
  };

  // The next step after k (wrapping to the start) for which `test` holds; -1 if none.
  function nextWhere(k, test) {
    for (let n = 1; n <= count; n++) {
      const j = (k + n) % count;
      if (test(steps[j])) return j;
    }
    return -1;
  }

  let current = -1;
  let pending = -1;
  function go(k) {
    if (count === 0) return;
    pending = Math.max(0, Math.min(count - 1, k));
    render();
  }
  // The slider moves on every pixel; drawing waits for the next frame.
  let drawScheduled = false;
  function goSoon(k) {
    pending = k;
    if (drawScheduled) return;
    drawScheduled = true;
    requestAnimationFrame(() => {
      drawScheduled = false;
      render();
    });
  }

  // ------------------------------------------------------------ drawing
  const element = (tag, className, text) => {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  // A value: text, or (a number) a pointer to the object's box.
  function valueElement(value, className) {
    const cell = element("span", className);
    if (typeof value === "number") {
      const pointer = element("span", "pointer");
      pointer.dataset.ref = value;
      cell.appendChild(pointer);
    } else {
      cell.textContent = value;
    }
    return cell;
  }

  // The source or bytecode panel, emptied for another file or code
  // object, whose name its heading then shows.
  function emptyPanel(id, name) {
    $(id + "-name").textContent = name;
    const box = $(id);
    box.textContent = "";
    return box;
  }

  let shownFile = null, shownCode = -1, sourceLines = [];
  function drawSource(step) {
    const code = codes[step.code];
    if (code.file !== shownFile) {
      shownFile = code.file;
      const box = emptyPanel("source", code.file.split("/").pop());
      sourceLines = [];
      const text = meta.sources[code.file];
      if (text === undefined) {
        box.appendChild(element("div", "stack-note", "(no source for " + code.file + ")"));
      } else {
        text.split("\n").forEach((line, i) => {
          const row = element("div", "code-line");
          row.dataset.line = i + 1;
          row.appendChild(element("span", "number", String(i + 1)));
          row.appendChild(document.createTextNode(line));
          box.appendChild(row);
          sourceLines.push(row);
        });
      }
    }
    for (const row of $("source").querySelectorAll(".current, .caller, .raise")) row.classList.remove("current", "caller", "raise");
    // The callers' lines too, where they are in this file.
    for (const id of step.frames.slice(0, -1)) {
      const frame = frameStates[id];
      if (codes[frame.code].file === code.file && sourceLines[frame.line - 1]) sourceLines[frame.line - 1].classList.add("caller");
    }
    markCurrent(sourceLines[step.line - 1], $("source"), step);
  }

  let instructionRows = [];
  function drawBytecode(step) {
    const code = codes[step.code];
    if (step.code !== shownCode) {
      shownCode = step.code;
      const box = emptyPanel("bytecode", code.function);
      instructionRows = code.listing.map((line, index) => {
        const row = element("div", "instr", line);
        row.dataset.index = index;
        box.appendChild(row);
        return row;
      });
    }
    for (const row of $("bytecode").querySelectorAll(".current")) row.classList.remove("current", "raise");
    for (const note of $("bytecode").querySelectorAll(".specialized")) note.remove();
    const row = instructionRows[step.index];
    markCurrent(row, $("bytecode"), step);
    // The listing has the instructions as compiled; the one that ran may be
    // a form quickening specialized it into for the types it met.
    if (row && row.textContent.trim().split(/\s+/)[2] !== step.opcode) {
      row.appendChild(element("span", "specialized", " \u2192 " + step.opcode));
    }
  }

  // Marks the step's line or instruction (red while an exception passes),
  // scrolled into view.
  function markCurrent(row, box, step) {
    if (!row) return;
    row.classList.add("current");
    if (step.outcome === "raise" || step.outcome === "unwind") row.classList.add("raise");
    keepVisible(row, box);
  }

  function keepVisible(row, box) {
    const top = row.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top + row.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
  }

  function objectTitle(state) {
    if (state.kind === "instance") return state.type + " instance";
    if (state.kind === "function" || state.kind === "generator") return state.kind + " " + state.name;
    return state.type;
  }

  function drawStack(step) {
    const box = $("stack");
    box.textContent = "";
    if (step.stack === null) {
      const why = { call: "a frame was called", resume: "a generator resumed", raise: "an exception was raised",
                    unwind: "the exception leaves the frame", unknown: "not known" }[step.outcome] || "";
      box.appendChild(element("div", "stack-note", "(no stack: " + why + ")"));
      return;
    }
    if (step.stack.length === 0) box.appendChild(element("div", "stack-note", "(empty)"));
    step.stack.forEach((text, i) => {
      const item = element("div", "stack-item", text);
      item.dataset.position = i;
      const object = step.stack_objects ? step.stack_objects[i] : null;
      if (object !== null && object !== undefined) {
        // Pointing at the value outlines its box.
        item.classList.add("refers");
        item.addEventListener("mouseenter", () => outline(object, true));
        item.addEventListener("mouseleave", () => outline(object, false));
      }
      box.appendChild(item);
    });
  }

  function outline(object, on) {
    const box = $("object-" + object);
    if (box) box.classList.toggle("pointed", on);
  }

  function variableRow(name, value, className) {
    const row = element("tr", className);
    row.appendChild(element("td", "var-name", name));
    const cell = element("td");
    cell.appendChild(valueElement(value, "var-value"));
    row.appendChild(cell);
    return row;
  }

  function drawFrames(step) {
    const box = $("frames");
    box.textContent = "";
    step.frames.forEach((id, position) => {
      const frame = frameStates[id];
      const code = codes[frame.code];
      const top = position === step.frames.length - 1;
      const div = element("div", "frame" + (top ? " current" : ""));
      const title = element("div", "frame-title", code.function + " ");
      // (The running frame's next instruction; a caller waits in its call.)
      const where = "line " + frame.line + (top ? ", next instr " : ", waits in instr ") + frame.index +
                    (code.file === mainFile ? "" : " in " + code.file.split("/").pop());
      title.appendChild(element("span", "frame-where", where));
      div.appendChild(title);
      const table = element("table");
      for (const [name, value] of frame.locals) table.appendChild(variableRow(name, value, "var-row"));
      for (const [name, value] of frame.cells) table.appendChild(variableRow(name, value, "cell-row"));
      div.appendChild(table);
      box.appendChild(div);
      if (position === 0 && step.frames_left_out) {
        box.appendChild(element("div", "more", "... " + step.frames_left_out + " frames not recorded ..."));
      }
    });
  }

  // The object numbers a list of values refers to.
  const references = (values) => values.filter((value) => typeof value === "number");

  // Each object's column: 0 for those the frames or the stack refer to,
  // one more for those only reached through them. (The heap lists objects
  // in the order the tracer reached them, referrers first.)
  function objectColumns(step, states) {
    const column = new Map();
    const place = (object, depth) => { if (!column.has(object)) column.set(object, depth); };
    for (const id of step.frames) {
      const frame = frameStates[id];
      for (const [name, value] of frame.locals.concat(frame.cells)) {
        for (const object of references([name, value])) place(object, 0);
      }
    }
    for (const object of references(step.stack_objects || [])) place(object, 0);
    for (const id of states) {
      const state = objectStates[id];
      place(state.object, 0);
      const inner = references(state.items.concat(...state.entries));
      for (const object of inner) place(object, column.get(state.object) + 1);
    }
    return column;
  }

  function drawObjects(step) {
    const box = $("objects");
    box.textContent = "";
    const states = heaps[step.heap] || [];
    // The object states the step before did not have: objects this step
    // made or changed (none at the first step).
    const before = new Set(current > 0 ? heaps[steps[current - 1].heap] : states);
    const columns = objectColumns(step, states);
    const columnBoxes = [];
    for (const id of states) {
      const state = objectStates[id];
      const depth = columns.get(state.object);
      while (columnBoxes.length <= depth) columnBoxes.push(box.appendChild(element("div", "object-column")));
      const div = element("div", "object" + (before.has(id) ? "" : " changed"));
      div.id = "object-" + state.object;
      div.dataset.object = state.object;
      div.appendChild(element("div", "object-title", objectTitle(state)));
      if (state.kind === "list" || state.kind === "tuple" || state.kind === "set" || state.kind === "cell") {
        const items = element("div", "items");
        state.items.forEach((value, i) => {
          const item = element("div", "item");
          if (state.kind !== "set" && state.kind !== "cell") item.appendChild(element("div", "item-index", String(i)));
          item.appendChild(valueElement(value, "item-value"));
          items.appendChild(item);
        });
        if (state.items.length === 0) items.appendChild(element("div", "more", state.kind === "cell" ? "(empty)" : "(none)"));
        div.appendChild(items);
      } else {
        const table = element("table");
        for (const [key, value] of state.entries) {
          const row = element("tr");
          const keyCell = element("td", "entry-key");
          keyCell.appendChild(valueElement(key));
          const valueCell = element("td");
          valueCell.appendChild(valueElement(value, "entry-value"));
          row.appendChild(keyCell);
          row.appendChild(valueCell);
          table.appendChild(row);
        }
        div.appendChild(table);
      }
      if (state.more > 0) div.appendChild(element("div", "more", "... " + state.more + " more"));
      columnBoxes[depth].appendChild(div);
    }
  }

  // Arrows from each pointer to its object's box.
  function drawArrows() {
    const memory = $("memory");
    const svg = $("arrows");
    svg.textContent = "";
    svg.setAttribute("width", memory.scrollWidth);
    svg.setAttribute("height", memory.scrollHeight);
    const origin = memory.getBoundingClientRect();
    const x0 = origin.left - memory.scrollLeft, y0 = origin.top - memory.scrollTop;
    for (const pointer of memory.querySelectorAll(".pointer")) {
      const target = $("object-" + pointer.dataset.ref);
      if (!target) continue;
      const from = pointer.getBoundingClientRect(), to = target.getBoundingClientRect();
      const sx = from.left + from.width / 2 - x0, sy = from.top + from.height / 2 - y0;
      let tx = to.left - x0, ty = to.top + 8 - y0;
      if (tx < sx) tx = to.right - x0;  // (a box left of the pointer: its right edge)
      const bend = Math.max(30, Math.abs(tx - sx) / 2);
      const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
      path.setAttribute("d", `M${sx},${sy} C${sx + bend},${sy} ${tx - (tx > sx ? bend : -bend)},${ty} ${tx},${ty}`);
      svg.appendChild(path);
      const head = document.createElementNS("http://www.w3.org/2000/svg", "path");
      const dir = tx > sx ? -1 : 1;
      head.setAttribute("d", `M${tx},${ty} l${dir * 7},-4 m0,8 l${-dir * 7},-4`);
      svg.appendChild(head);
    }
  }

  function drawOutput(step, last) {
    const box = $("output");
    box.textContent = output.slice(0, step.outputEnd);
    if (last && meta.traceback) box.appendChild(element("span", "traceback", meta.traceback));
    box.scrollTop = box.scrollHeight;
  }

  function describe(step) {
    // The instruction as it ran (its specialized form, if quickening made
    // one), spelled as --dis spells it.
    const instruction = step.opcode + (step.argument !== null ? " " + step.argument : "") +
                        (step.argrepr ? " (" + step.argrepr + ")" : "");
    const what = {
      next: "", call: " \u2192 calls " + step.value, resume: " \u2192 resumes " + step.value,
      return: " \u2192 returns " + step.value, yield: " \u2192 yields " + step.value,
      raise: " \u2192 raises " + step.value, unwind: " \u2192 the exception leaves " + step.function, unknown: "",
    }[step.outcome];
    return step.function + ": " + instruction + what;
  }

  function render() {
    if (pending === current || count === 0) return;
    current = pending;
    const step = steps[current];
    $("step-number").textContent = current + 1;
    $("slider").value = current + 1;
    const event = $("event");
    event.textContent = describe(step);
    event.className = step.outcome;
    drawSource(step);
    drawBytecode(step);
    drawStack(step);
    drawFrames(step);
    drawObjects(step);
    drawOutput(step, current === count - 1);
    drawArrows();
    try {
      history.replaceState(null, "", "#step=" + (current + 1));
    } catch (error) {
      // (Some browsers refuse it for a file opened from disk: the address just stays.)
    }
  }

  // ------------------------------------------------------------ controls
  function say(text) {
    $("notice").textContent = text;
  }
  for (const name of Object.keys(moves)) {
    $(name).addEventListener("click", () => go(moves[name](current)));
  }
  $("slider").addEventListener("input", (event) => goSoon(Number(event.target.value) - 1));
  document.addEventListener("keydown", (event) => {
    const keys = { ArrowRight: "forward", ArrowLeft: "back", ArrowDown: "forward-line", ArrowUp: "back-line",
                   Home: "first", End: "last", n: "over", N: "back-over" };
    let name = keys[event.key];
    if (event.shiftKey && event.key === "ArrowRight") name = "forward-line";
    if (event.shiftKey && event.key === "ArrowLeft") name = "back-line";
    if (!name || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();  // (the slider, when focused, would move too)
    go(moves[name](current));
  });
  $("source").addEventListener("click", (event) => {
    const row = event.target.closest(".code-line");
    if (!row) return;
    const line = Number(row.dataset.line);
    const j = nextWhere(current, (s) => s.line === line && codes[s.code].file === shownFile);
    say(j < 0 ? "line " + line + " never runs" : "");
    if (j >= 0) go(j);
  });
  $("bytecode").addEventListener("click", (event) => {
    const row = event.target.closest(".instr");
    if (!row) return;
    const index = Number(row.dataset.index);
    const code = shownCode;
    const j = nextWhere(current, (s) => s.code === code && s.index === index);
    say(j < 0 ? "instruction " + index + " never runs" : "");
    if (j >= 0) go(j);
  });
  window.addEventListener("resize", () => drawArrows());
  $("memory").addEventListener("scroll", () => drawArrows());

  // ------------------------------------------------------------ start
  $("program-name").textContent = meta.program.split("/").pop();
  $("step-count").textContent = count;
  $("slider").max = Math.max(count, 1);
  const notes = [];
  if (cut) notes.push("The trace was cut after " + meta.limit + " steps (--visualize-steps); the program ran on to its end.");
  if (count === 0) {
    notes.push("The program ran no instruction.");
    $("output").appendChild(element("span", "traceback", meta.traceback));
  }
  say(notes.join(" "));
  // For tests and links: the control a test presses, and #step=N in the address.
  window.pyvmVisualizer = { current: () => current + 1, count, go: (n) => go(n - 1) };
  const start = /#step=(\d+)/.exec(location.hash);
  go(start ? Number(start[1]) - 1 : 0);
})();
