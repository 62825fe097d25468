// SPDX-License-Identifier: GPL-3.0-or-later
// Checks run inside a page pyvm --visualize wrote, added to it by
// run_visualizer_tests.py after the page's own script. They move with the
// page's controls (buttons, keys, clicks, the slider), read what the panels
// show, and write the outcome as JSON into <pre id="test-report">, which
// the driver reads from Chromium's --dump-dom.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const failures = [];
  let checks = 0;

  function expect(actual, expected, what) {
    checks++;
    const a = JSON.stringify(actual), e = JSON.stringify(expected);
    if (a !== e) failures.push(what + ": got " + a + ", expected " + e);
  }
  function expectTrue(condition, what) {
    checks++;
    if (!condition) failures.push(what);
  }

  // ---- moving, as a user does
  const press = (id) => $(id).click();
  const key = (name, shift) =>
    document.dispatchEvent(new KeyboardEvent("keydown", { key: name, shiftKey: !!shift, bubbles: true }));
  const forward = (n) => { for (let i = 0; i < n; i++) key("ArrowRight"); };
  function clickSourceLine(line) {
    document.querySelector('#source .code-line[data-line="' + line + '"]').click();
  }
  function clickInstruction(index) {
    document.querySelector('#bytecode .instr[data-index="' + index + '"]').click();
  }
  // Each [move, step, what]: after the move, the page is at that step.
  function movesTo(moves) {
    for (const [move, step, what] of moves) {
      move();
      expect(view().step, step, what);
    }
  }
  // The slider draws at the next animation frame.
  function slide(step, then) {
    const slider = $("slider");
    slider.value = step;
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    requestAnimationFrame(() => setTimeout(then, 0));
  }

  // ---- what the page shows
  // A value: its text, or "#N" for a pointer to object N.
  function valueText(cell) {
    const pointer = cell.querySelector(".pointer");
    return pointer ? "#" + pointer.dataset.ref : cell.textContent;
  }
  function view() {
    const line = document.querySelector("#source .code-line.current");
    const instruction = document.querySelector("#bytecode .instr.current");
    const objects = {};
    for (const box of document.querySelectorAll("#objects .object")) {
      objects["#" + box.dataset.object] = {
        title: box.querySelector(".object-title").textContent,
        items: [...box.querySelectorAll(".item-value")].map(valueText),
        entries: [...box.querySelectorAll("tr")].map((row) => [valueText(row.cells[0]), valueText(row.cells[1])]),
      };
    }
    return {
      step: Number($("step-number").textContent),
      line: line ? Number(line.dataset.line) : null,
      instruction: instruction ? instruction.textContent.trim().replace(/\s+/g, " ") : null,
      raising: instruction ? instruction.classList.contains("raise") : false,
      stack: [...document.querySelectorAll("#stack .stack-item")].map((e) => e.textContent),  // bottom first
      stackNote: ($("stack").querySelector(".stack-note") || { textContent: "" }).textContent,
      frames: [...document.querySelectorAll("#frames .frame")].map((frame) => frame.querySelector(".frame-title").firstChild.textContent.trim()),
      variables: [...document.querySelectorAll("#frames .frame")].map((frame) =>
        Object.fromEntries([...frame.querySelectorAll("tr")].map((row) => [row.cells[0].textContent, valueText(row.cells[1])]))),
      objects,
      event: $("event").textContent,
      output: $("output").textContent,
      notice: $("notice").textContent,
    };
  }

  // ---- the programs (tests/visualizer/NAME.py)
  const cases = {
    recursion(done) {
      let v = view();
      expect([v.step, v.line, v.instruction], [1, 1, "0 1 LOAD_CONST 0 (code 1: fact)"], "first step");
      forward(24);  // the innermost fact(1) returns
      v = view();
      expect([v.step, v.line, v.instruction, v.stack], [25, 3, "5 3 RETURN_VALUE", []], "step 25");
      expect(v.frames, ["<module>", "fact", "fact", "fact"], "frames at step 25");
      expect(v.variables.slice(1).map((vars) => vars.n), ["3", "2", "1"], "each frame's n");
      expectTrue(v.event.includes("returns 1"), "step 25 returns 1: " + v.event);
      key("ArrowRight");
      v = view();
      expect([v.step, v.line, v.stack, v.frames.length], [26, 4, ["2"], 3], "step 26: 2 * fact(1)");
      movesTo([
        [() => press("back-line"), 25, "line back to the end of line 3's run"],
        [() => press("forward-line"), 27, "line forward to the end of line 4's run"],
      ]);
      press("first");
      forward(6);
      v = view();
      // (The call as it ran: quickening may have specialized it.)
      expectTrue(v.event.startsWith("<module>: CALL") && v.event.endsWith(" 1 \u2192 calls fact"), "step 7 calls fact: " + v.event);
      press("over");
      v = view();
      expect([v.step, v.stack, v.output, v.frames], [30, ["None"], "6\n", ["<module>"]], "over the call of fact");
      movesTo([
        [() => press("back-over"), 7, "back over the call of fact"],
        [() => key("n"), 30, "N: over it again"],
        [() => key("N", true), 7, "Shift+N: back over it"],
      ]);
      press("last");
      expectTrue(view().step === 33 && view().event.includes("returns None"), "last step");
      movesTo([
        [() => key("ArrowLeft"), 32, "Left"],
        [() => key("Home"), 1, "Home"],
        [() => key("End"), 33, "End"],
      ]);
      key("Home");
      clickSourceLine(4);
      v = view();
      expect([v.step, v.line, v.frames.length], [10, 4, 2], "click on line 4: its first run");
      clickInstruction(12);
      v = view();
      expect([v.step, v.stack], [26, ["2"]], "click on BINARY_MULTIPLY");
      expectTrue(v.instruction.startsWith("12 4 BINARY_MULTIPLY"), "the instruction marked: " + v.instruction);
      clickInstruction(12);
      expect(view().step, 28, "the same instruction's next run");
      key("ArrowDown");
      expect(view().step, 29, "Down: the end of the next line's run");
      key("ArrowUp");
      expect(view().step, 27, "Up: the end of the previous line's run");
      slide(20, () => {
        expect(view().step, 20, "the slider");
        done();
      });
    },
    closure(done) {
      forward(21);  // count += 1 stored in the cell, in the first call of step()
      const v = view();
      expect([v.step, v.line, v.instruction], [22, 6, "3 6 STORE_DEREF 0 (count)"], "step 22");
      expect(v.frames, ["<module>", "counter.<locals>.step"], "frames");
      const cell = v.variables[1].count;
      expectTrue(cell !== undefined && cell.startsWith("#"), "the frame's count is a cell: " + cell);
      expect(v.objects[cell] && v.objects[cell].title, "cell", "the cell's box");
      expect(v.objects[cell] && v.objects[cell].items, ["11"], "the cell holds 11");
      const tick = v.variables[0].tick;
      expect(v.objects[tick] && v.objects[tick].title, "function counter.<locals>.step", "tick is the closure");
      expect(v.objects[tick] && v.objects[tick].entries, [["count", cell]], "the closure points to the same cell");
      press("last");
      expect(view().output, "12\n", "the output at the end");
      done();
    },

    aliasing(done) {
      forward(3);
      let v = view();
      const list = v.variables[0].first;
      expect([v.step, v.variables[0].second], [4, undefined], "step 4: first only");
      expect(v.objects[list] && v.objects[list].items, ["1", "2"], "the list");
      press("forward-line");
      v = view();
      expect([v.step, v.line], [6, 2], "a line forward: second = first has run");
      expect(v.variables[0].second, list, "second is the same list");
      press("forward-line");
      v = view();
      expect([v.step, v.objects[list] && v.objects[list].items], [11, ["1", "2", "3"]], "append through second shows in first");
      press("back-line");
      expect(view().step, 6, "a line back");
      key("ArrowRight", true);
      key("ArrowRight", true);
      v = view();
      expect(v.step, 17, "two lines forward (Shift+Right)");
      const pair = v.variables[0].pair;
      expect(v.objects[pair] && v.objects[pair].title, "tuple", "pair is a tuple");
      const dict = v.objects[pair] ? v.objects[pair].items[1] : null;
      expect(v.objects[pair] && v.objects[pair].items[0], list, "the tuple's first item is the list");
      expect(v.objects[dict] && v.objects[dict].entries, [["'key'", list]], "the dict's value is the list");
      expect(v.stack, [], "the stack after the store");
      press("first");
      forward(9);
      const changed = () => [...document.querySelectorAll("#objects .object.changed")].map((box) => "#" + box.dataset.object);
      expect([view().step, changed()], [10, [list]], "step 10: append changed the list");
      key("ArrowRight");
      expect(changed(), [], "step 11 changes no object");
      key("ArrowRight");
      v = view();
      expect([v.step, v.stack], [12, ["[1, 2, 3]"]], "step 12 loads the list");
      const item = document.querySelector("#stack .stack-item");
      item.dispatchEvent(new MouseEvent("mouseenter"));
      const box = document.querySelector("#objects .object.pointed");
      expect(box && "#" + box.dataset.object, list, "pointing at the stack's list outlines its box");
      done();
    },

    exception(done) {
      forward(17);
      let v = view();
      expect([v.step, v.line, v.instruction, v.raising], [18, 2, "2 2 BINARY_FLOOR_DIVIDE", true], "the raise");
      expect(v.frames, ["<module>", "outer", "inner"], "frames where it is raised");
      expectTrue(v.event.includes("raises ZeroDivisionError"), "the header says it raises: " + v.event);
      expect([v.stack, v.stackNote], [[], "(no stack: an exception was raised)"], "no stack at a raise");
      key("ArrowRight");
      v = view();
      expectTrue(v.event.includes("leaves inner") && v.frames.length === 3, "step 19: it leaves inner");
      key("ArrowRight");
      v = view();
      expect([v.step, v.line, v.frames], [20, 6, ["<module>", "outer"]], "step 20: it reaches outer's call");
      expectTrue(v.instruction.startsWith("2 6 CALL") && v.raising, "outer's call marked as raising: " + v.instruction);
      expect(v.variables[1].x, "0", "outer's x");
      key("ArrowRight");
      key("ArrowRight");
      v = view();
      expect([v.step, v.line, v.frames], [22, 11, ["<module>"]], "step 22: it reaches the module");
      press("last");
      v = view();
      expectTrue(v.event.includes("leaves <module>"), "the last step: it leaves the module");
      expectTrue(v.output.startsWith("start\nTraceback (most recent call last):"), "output, then the traceback: " + v.output);
      expectTrue(v.output.includes("ZeroDivisionError"), "the traceback names the exception");
      done();
    },
    generator(done) {
      forward(9);
      let v = view();
      expect([v.step, v.event], [10, "<module>: FOR_ITER_GEN 16 (to L2) \u2192 calls countdown"], "step 10 starts the generator");
      press("over");
      v = view();
      expect([v.step, v.frames, v.stack], [15, ["<module>"], ["<generator object countdown>"]], "over the generator's run");
      const generator = Object.values(v.objects).find((o) => o.title.startsWith("generator"));
      expect(generator && generator.title, "generator countdown (suspended)", "the suspended generator");
      expect(generator && generator.entries, [["n", "3"]], "its variables");
      key("ArrowLeft");
      v = view();
      expect([v.step, v.event, v.frames], [14, "countdown: YIELD_VALUE 0 \u2192 yields 3", ["<module>", "countdown"]], "the yield");
      forward(7);
      v = view();
      expect([v.step, v.event], [21, "<module>: FOR_ITER_GEN 16 (to L2) \u2192 resumes countdown"], "the resumption");
      key("End");
      expect(view().output, "6\n", "the output");
      done();
    },

    deep(done) {
      clickSourceLine(4);  // return 0: the deepest call
      const v = view();
      expect([v.line, v.frames.length, v.variables[1].n, v.variables[49].n], [4, 50, "48", "0"],
             "the module's frame and the 49 newest");
      const marker = document.querySelector("#frames .more");
      expect(marker && marker.textContent, "... 12 frames not recorded ...", "the frames left out are counted");
      key("End");
      expect(view().output, "60\n", "the output");
      done();
    },

    markup(done) {
      const v = view();
      expectTrue(v.step === 1 && Number($("step-count").textContent) === 8, "the page has its 8 steps");
      key("End");
      const text = "<\/script><!-- {{trace}} {{script}} -->";  // (<\/: this script is inlined too)
      expect(view().output, text + "\n", "the output, as printed");
      expect(view().variables[0].text, "'" + text + "'", "the variable");
      expectTrue(document.querySelectorAll("#source .code-line").length === 5, "the source, all of it");
      done();
    },

    hundred_thousand(done) {
      const v = view();
      expect(Number($("step-count").textContent), 100000, "the steps kept by default");
      expectTrue(v.notice.includes("cut after 100000 steps"), "the page says the trace was cut: " + v.notice);
      movesTo([
        [() => key("End"), 100000, "the last step kept"],
        [() => key("ArrowLeft"), 99999, "a step back from the end"],
        [() => key("ArrowUp"), 99996, "a line back: the end of the loop head's run"],
      ]);
      clickSourceLine(5);
      expect(view().notice, "line 5 never runs", "a line the kept steps never reach");
      done();
    },

    large(done) {
      const v = view();
      expect(Number($("step-count").textContent), 2000, "the steps kept");
      expectTrue(v.notice.includes("cut after 2000 steps"), "the page says the trace was cut: " + v.notice);
      key("End");
      expect(view().step, 2000, "the last step kept");
      key("ArrowLeft");
      expect(view().step, 1999, "a step back from the end");
      done();
    },
  };

  function report() {
    // (The data is read: Chromium's --dump-dom need not copy it back.)
    $("pyvm-trace").textContent = "";
    const pre = document.createElement("pre");
    pre.id = "test-report";
    pre.textContent = JSON.stringify({ checks, failures });
    document.body.appendChild(pre);
  }
  try {
    cases[window.PYVM_TEST_CASE](report);
  } catch (error) {
    failures.push("the checks raised " + error + "\n" + error.stack);
    report();
  }
})();
