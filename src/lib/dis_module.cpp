// SPDX-License-Identifier: GPL-3.0-or-later
// The dis module: pyvm's disassembler (bytecode/disassembler.h) seen from
// Python. dis.dis() prints exactly the listing `pyvm --dis` prints for the
// same code object, and get_instructions() hands out that listing's
// instruction lines taken apart, so the disassembler stays the one source of
// the text. What gets disassembled — methods, functions, generators, code
// objects, source strings, and the members of classes and modules in name
// order — follows CPython 3.11's Lib/dis.py; the instructions, offsets
// (instruction indices) and opcodes are pyvm's own, and opname, opmap and
// the has* lists derive from opcodes.def.
#include <cinttypes>
#include <cstdio>
#include <string>

#include "bytecode/code_object.h"
#include "bytecode/disassembler.h"
#include "bytecode/opcodes.h"
#include "lib/native_modules.h"
#include "lib/streams.h"
#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/struct_sequence.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// Whether the opcode is one a program's code can hold: the specialized
// forms the interpreter makes while code runs are not (CPython's dis lists
// those apart, in _specialized_instructions).
bool is_listed_opcode(int opcode) {
  return opcode < kOpcodeCount && !is_specialized(static_cast<Opcode>(opcode));
}

// Every opcode number has a name; those opcodes.def does not use (or uses
// for specialized forms) are "<N>", as in CPython's dis.opname.
std::string opcode_name(uint32_t opcode) {
  if (is_listed_opcode(static_cast<int>(opcode))) {
    return std::string(opcode_info(static_cast<Opcode>(opcode)).name);
  }
  return cat("<", opcode, ">");
}

bool is_code(Runtime& rt, const Value& value) { return rt.type_of(value) == rt.code_type; }

Value raise_cannot_disassemble(Runtime& rt, const Value& value) {
  return rt.raise(Exc::kTypeError,
                  cat("don't know how to disassemble ", type_name(rt, value), " objects"));
}

// ------------------------------------------------------ what is disassembled

// The first steps of CPython's dis() and _get_code_object(): a method
// becomes its function (__func__), then a function or generator its code
// object. Attributes are looked up as hasattr() does, so any object that
// has them counts. False with an error pending.
bool unwrap_to_code(Runtime& rt, Value* x) {
  Value function = get_attr_optional(rt, *x, rt.intern("__func__"));
  if (rt.has_error()) return false;
  if (!function.is_null()) *x = function;
  for (const char* attribute : {"__code__", "gi_code", "ag_code", "cr_code"}) {
    Value code = get_attr_optional(rt, *x, rt.intern(attribute));
    if (rt.has_error()) return false;
    if (!code.is_null()) {
      *x = code;
      return true;
    }
  }
  return true;
}

// Source text as dis compiles it: as an expression when it is one,
// otherwise as statements.
Value compile_source_text(VM& vm, const Value& source, const char* filename) {
  const std::string_view text = as_str(source)->view();
  Value code = vm.compile(text, filename, ParseMode::kExpression);
  if (!code.is_null() || !vm.error_matches(Exc::kSyntaxError)) return code;
  vm.clear_error();
  return vm.compile(text, filename, ParseMode::kFile);
}

// The code object get_instructions() and code_info() describe (CPython's
// _get_code_object): a function's, a method's, a generator's, or source
// compiled as "<disassembly>".
Value code_object_of(VM& vm, Value x) {
  if (!unwrap_to_code(vm, &x)) return Value();
  if (is_str(x)) x = compile_source_text(vm, x, "<disassembly>");
  if (x.is_null() || is_code(vm, x)) return x;
  return raise_cannot_disassemble(vm, x);
}

// What CPython's dis() disassembles among a class's or module's members.
bool has_code(Runtime& rt, const Value& value) {
  for (Type* type : {rt.method_type, rt.function_type, rt.code_type, rt.classmethod_type,
                     rt.staticmethod_type, rt.type_type}) {
    if (is_instance(rt, value, type)) return true;
  }
  return false;
}

// ------------------------------------------------------------------ output

// Where dis writes: file=, or else sys.stdout as it is at the call; as
// print(), nothing at all when that is None.
struct Output {
  VM& vm;
  Value file;

  bool write(std::string_view text) const {
    return file.is_none() || write_to_stream(vm, file, text);
  }
};

Output output_to(VM& vm, const Value& file) {
  if (!file.is_null() && !file.is_none()) return {vm, file};
  Value stdout_stream = dict_get_str(module_dict(vm.sys_module), vm.names.stdout_);
  return {vm, stdout_stream.is_null() ? Value::none() : stdout_stream};
}

// ---------------------------------------------------------------- dis.dis()

bool disassemble_object(const Output& out, Value x);

// A class's or module's members (any object with a __dict__): each
// function, method, code object or class among them, sorted by name, as
// "Disassembly of NAME:", its disassembly and a blank line. A member that
// cannot be disassembled gets "Sorry:" and the TypeError's message.
bool disassemble_members(const Output& out, const Value& namespace_dict) {
  VM& vm = out.vm;
  Value items_view = call_method(vm, namespace_dict, vm.names.items, nullptr, 0);
  if (items_view.is_null()) return false;
  Value items = list_from_iterable(vm, items_view);
  if (items.is_null() || !list_sort(vm, as_list(items), Value(), false)) return false;
  // The sorted list is this function's own: the writes below cannot change it.
  for (const Value& item : as_list(items)->items) {
    Value name = get_item(vm, item, Value::small_int(0));
    Value member = name.is_null() ? Value() : get_item(vm, item, Value::small_int(1));
    if (member.is_null()) return false;
    if (!has_code(vm, member)) continue;
    std::string heading = "Disassembly of ";
    if (!str_text(vm, name, &heading)) return false;
    if (!out.write(heading + ":\n")) return false;
    if (!disassemble_object(out, member)) {
      if (!vm.error_matches(Exc::kTypeError)) return false;
      std::string apology = "Sorry: ";
      if (!str_text(vm, vm.take_error(), &apology) || !out.write(apology + "\n")) return false;
    }
    if (!out.write("\n")) return false;
  }
  return true;
}

// dis() with no argument: the code of the innermost frame of
// sys.last_traceback, as CPython's distb().
Value last_traceback_code(VM& vm) {
  Value traceback = get_attr_optional(vm, vm.sys_module, vm.intern("last_traceback"));
  if (traceback.is_null()) {
    if (!vm.has_error()) vm.raise(Exc::kRuntimeError, "no last traceback to disassemble");
    return Value();
  }
  for (;;) {
    Value next = get_attr(vm, traceback, vm.intern("tb_next"));
    if (next.is_null()) return next;
    const int more = truth(vm, next);
    if (more < 0) return Value();
    if (!more) break;
    traceback = next;
  }
  Value frame = get_attr(vm, traceback, vm.intern("tb_frame"));
  return frame.is_null() ? frame : get_attr(vm, frame, vm.intern("f_code"));
}

bool write_listing(const Output& out, const Value& code) {
  return out.write(disassemble(out.vm, *code.as<CodeObject>()));
}

bool disassemble_dispatch(const Output& out, Value x) {
  VM& vm = out.vm;
  if (x.is_none()) {
    Value code = last_traceback_code(vm);
    if (code.is_null()) return false;
    if (is_code(vm, code)) return write_listing(out, code);
    raise_cannot_disassemble(vm, code);
    return false;
  }
  if (!unwrap_to_code(vm, &x)) return false;
  Value namespace_dict = get_attr_optional(vm, x, vm.names.dunder_dict);
  if (vm.has_error()) return false;
  if (!namespace_dict.is_null()) return disassemble_members(out, namespace_dict);
  if (is_code(vm, x)) return write_listing(out, x);
  if (is_str(x)) {
    Value code = compile_source_text(vm, x, "<dis>");
    return !code.is_null() && write_listing(out, code);
  }
  raise_cannot_disassemble(vm, x);
  return false;
}

// A class can hold itself (C.again = C): the recursion is bounded.
bool disassemble_object(const Output& out, Value x) {
  if (!out.vm.enter_recursion()) return false;
  const bool done = disassemble_dispatch(out, std::move(x));
  out.vm.leave_recursion();
  return done;
}

// dis(x=None, *, file=None)
Value dis_dis(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"dis", {"x", "file"}, 0, 0, 1};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  VM& vm = vm_of(rt);
  const Value x = bound[0].is_null() ? Value::none() : bound[0];
  if (!disassemble_object(output_to(vm, bound[1]), x)) return Value();
  return Value::none();
}

// ------------------------------------------------------ get_instructions()

// Instruction.argval: what the argument stands for — the constant or the
// name it indexes, a comparison's operator — and otherwise the number itself
// (a jump's target offset, a count); CPython's rule, with pyvm's arguments.
Value argument_value(Runtime& rt, const CodeObject& code, uint32_t word) {
  const uint32_t arg = argument_of(word);
  auto name_in = [&](const std::vector<Ref<Str>>& names, uint32_t index) {
    return index < names.size() && names[index] ? Value(names[index]) : Value::small_int(arg);
  };
  switch (opcode_info(opcode_of(word)).arg_kind) {
    case ArgKind::kConst:
      return arg < code.constants.size() ? code.constants[arg] : Value::small_int(arg);
    case ArgKind::kName:
      return name_in(code.names, arg);
    case ArgKind::kLocal:
      return name_in(code.local_names, arg);
    case ArgKind::kDeref:
      return arg < code.cell_names.size()
                 ? name_in(code.cell_names, arg)
                 : name_in(code.free_names, arg - static_cast<uint32_t>(code.cell_names.size()));
    case ArgKind::kCompare:
      return arg < std::size(kCompareOpSymbols) ? str_value(rt, kCompareOpSymbols[arg])
                                                : Value::small_int(arg);
    default:
      return Value::small_int(arg);
  }
}

Value optional_int(int64_t value, bool known) {
  return known ? Value::small_int(value) : Value::none();
}

// Calls the class the module holds under `name`, as CPython's
// get_instructions calls its module's Instruction and Positions.
Value make_record(VM& vm, Dict* module_dict, const char* name,
                  std::initializer_list<Value> fields) {
  Value record_class = dict_get_str(module_dict, vm.intern(name));
  if (record_class.is_null()) {
    return vm.raise(Exc::kNameError, cat("name '", name, "' is not defined"));
  }
  return call(vm, record_class, fields.begin(), fields.size());
}

// The Instruction record of one listed instruction; `line_shift` moves
// starts_line (get_instructions' first_line).
Value instruction_record(VM& vm, Dict* module_dict, const CodeObject& code,
                         const ListedInstruction& listed, int64_t line_shift) {
  const LineEntry& location = listed.location;
  Value positions = make_record(vm, module_dict, "Positions",
                                {optional_int(location.line, location.line > 0),
                                 optional_int(location.end_line, location.end_line > 0),
                                 optional_int(location.column, location.column >= 0),
                                 optional_int(location.end_column, location.end_column >= 0)});
  if (positions.is_null()) return positions;
  const uint32_t opcode = static_cast<uint32_t>(opcode_of(listed.word));
  // An instruction the listing writes as `.word` still shows its argument.
  const bool shows_argument = listed.has_argument || !listed.spelled;
  const Value arg = optional_int(argument_of(listed.word), shows_argument);
  const Value argval = listed.has_argument ? argument_value(vm, code, listed.word) : arg;
  return make_record(vm, module_dict, "Instruction",
                     {str_value(vm, opcode_name(opcode)), Value::small_int(opcode), arg, argval,
                      str_value(vm, listed.meaning), Value::small_int(listed.offset),
                      optional_int(location.line + line_shift, listed.starts_line),
                      Value::boolean(listed.is_jump_target), positions});
}

// get_instructions(x, *, first_line=None): bound to the dis module.
Value dis_get_instructions(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"get_instructions", {"x", "first_line"}, 1, 0, 1};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  VM& vm = vm_of(rt);
  Value code_value = code_object_of(vm, bound[0]);
  if (code_value.is_null()) return code_value;
  const CodeObject& code = *code_value.as<CodeObject>();
  int64_t line_shift = 0;
  if (!bound[1].is_null() && !bound[1].is_none()) {
    int64_t first_line;
    if (!index_as_int64(vm, bound[1], &first_line, Exc::kOverflowError)) return Value();
    line_shift = first_line - code.first_line;
  }
  Ref<List> records = make_list(vm);
  for (const ListedInstruction& listed : list_instructions(vm, code)) {
    Value record = instruction_record(vm, module_dict(args[0]), code, listed, line_shift);
    if (record.is_null()) return record;
    records->items.push_back(std::move(record));
  }
  return get_iter(vm, Value(records));
}

// findlinestarts(code): (offset, line) where each source line starts.
Value dis_findlinestarts(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "findlinestarts", nargs, kwnames)) return Value();
  if (!is_code(rt, args[0])) {
    // CPython reads code.co_lines(); pyvm's code objects keep their line table inside.
    return rt.raise(Exc::kAttributeError,
                    cat("'", type_name(rt, args[0]), "' object has no attribute 'co_lines'"));
  }
  Ref<List> starts = make_list(rt);
  for (const ListedInstruction& listed : list_instructions(rt, *args[0].as<CodeObject>())) {
    if (!listed.starts_line) continue;
    starts->items.push_back(
        make_tuple(rt, {Value::small_int(listed.offset), Value::small_int(listed.location.line)}));
  }
  return get_iter(rt, Value(starts));
}

// ------------------------------------------------- code_info(), show_code()

// co_flags (CPython's CO_* bits) by name, comma separated as CPython's
// pretty_flags; an unnamed bit as hex, no flags as 0x0.
std::string flag_names(int64_t flags) {
  if (flags == 0) return "0x0";
  std::string text;
  for (int64_t bit = 1; bit <= flags; bit <<= 1) {
    if (!(flags & bit)) continue;
    if (!text.empty()) text += ", ";
    std::string_view name;
    for (const CPythonCodeFlagName& known : kCPythonCodeFlagNames) {
      if (known.flag == bit) name = known.name;
    }
    if (name.empty()) {
      char buffer[24];
      std::snprintf(buffer, sizeof buffer, "0x%" PRIx64, bit);
      text += buffer;
    } else {
      text += name;
    }
  }
  return text;
}

// "   3: " as CPython's "%4d: ".
std::string numbered(size_t index) {
  std::string number = std::to_string(index);
  return cat(std::string(number.size() < 4 ? 4 - number.size() : 0, ' '), number, ": ");
}

void append_name_table(std::string& text, const char* title, const std::vector<Ref<Str>>& names) {
  if (names.empty()) return;
  text += cat("\n", title, ":");
  for (size_t i = 0; i < names.size(); ++i) {
    text += cat("\n", numbered(i), names[i] ? names[i]->view() : "?");
  }
}

// CPython's _format_code_info, with pyvm's fields.
Value code_info_text(VM& vm, const CodeObject& code) {
  auto view = [](const Ref<Str>& text) { return text ? text->view() : std::string_view(); };
  std::string text = cat("Name:              ", view(code.name));
  text += cat("\nFilename:          ", view(code.filename));
  text += cat("\nArgument count:    ", code.argument_count);
  text += cat("\nPositional-only arguments: ", code.positional_only_count);
  text += cat("\nKw-only arguments: ", code.keyword_only_count);
  text += cat("\nNumber of locals:  ", code.local_count());
  text += cat("\nStack size:        ", code.stack_size);
  text += cat("\nFlags:             ", flag_names(cpython_code_flags(code)));
  if (!code.constants.empty()) text += "\nConstants:";
  for (size_t i = 0; i < code.constants.size(); ++i) {
    text += cat("\n", numbered(i));
    if (!repr_text(vm, code.constants[i], &text)) return Value();
  }
  append_name_table(text, "Names", code.names);
  append_name_table(text, "Variable names", code.local_names);
  append_name_table(text, "Free variables", code.free_names);
  append_name_table(text, "Cell variables", code.cell_names);
  return make_str(vm, text);
}

Value dis_code_info(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "code_info", nargs, kwnames)) return Value();
  VM& vm = vm_of(rt);
  Value code = code_object_of(vm, args[0]);
  return code.is_null() ? code : code_info_text(vm, *code.as<CodeObject>());
}

// show_code(co, *, file=None)
Value dis_show_code(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"show_code", {"co", "file"}, 1, 0, 1};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  VM& vm = vm_of(rt);
  Value code = code_object_of(vm, bound[0]);
  if (code.is_null()) return code;
  Value info = code_info_text(vm, *code.as<CodeObject>());
  if (info.is_null()) return info;
  if (!output_to(vm, bound[1]).write(cat(as_str(info)->view(), "\n"))) return Value();
  return Value::none();
}

const MethodDef kDisFunctions[] = {
    {"dis", dis_dis},
    {"findlinestarts", dis_findlinestarts},
    {"code_info", dis_code_info},
    {"show_code", dis_show_code},
};

// ------------------------------------------------- tables from opcodes.def

Value opname_list(VM& vm) {
  Ref<List> names = make_list(vm, 256);
  for (uint32_t opcode = 0; opcode < 256; ++opcode) {
    names->items.push_back(str_value(vm, opcode_name(opcode)));
  }
  return names;
}

Value opmap_dict(VM& vm) {
  Ref<Dict> map = make_dict(vm);
  for (int opcode = 0; opcode < kOpcodeCount; ++opcode) {
    if (!is_listed_opcode(opcode)) continue;
    dict_set_str(vm, map.get(), vm.intern(opcode_info(static_cast<Opcode>(opcode)).name),
                 Value::small_int(opcode));
  }
  return map;
}

// dis._specialized_instructions: the names of the specialized forms.
Value specialized_instruction_names(VM& vm) {
  Ref<List> names = make_list(vm);
  for (int opcode = 0; opcode < kOpcodeCount; ++opcode) {
    if (is_specialized(static_cast<Opcode>(opcode))) {
      names->items.push_back(str_value(vm, opcode_info(static_cast<Opcode>(opcode)).name));
    }
  }
  return names;
}

// The opcodes whose argument is of `kind` (dis.hasconst, dis.hasname, ...).
Value opcodes_with_argument(VM& vm, ArgKind kind) {
  Ref<List> opcodes = make_list(vm);
  for (int opcode = 0; opcode < kOpcodeCount; ++opcode) {
    if (is_listed_opcode(opcode) && opcode_info(static_cast<Opcode>(opcode)).arg_kind == kind) {
      opcodes->items.push_back(Value::small_int(opcode));
    }
  }
  return opcodes;
}

Value compare_operators(VM& vm) {
  Ref<Tuple> operators = allocate_tuple(vm, std::size(kCompareOpSymbols));
  for (size_t i = 0; i < std::size(kCompareOpSymbols); ++i) {
    (*operators)[i] = str_value(vm, kCompareOpSymbols[i]);
  }
  return operators;
}

}  // namespace

Value make_dis_module(VM& vm) {
  Value module = make_module_with_functions(vm, "dis", kDisFunctions);
  Dict* dict = module_dict(module);
  auto set = [&](const char* name, Value value) { dict_set_str(vm, dict, vm.intern(name), value); };
  // Bound to the module: it makes its records by calling the module's
  // Instruction and Positions, as CPython's get_instructions does.
  set("get_instructions", Value(make_native_function(vm, "get_instructions", dis_get_instructions,
                                                     module, vm.intern("dis"))));
  Value instruction =
      make_named_tuple_type(vm, "dis", "Instruction",
                            {"opname", "opcode", "arg", "argval", "argrepr", "offset",
                             "starts_line", "is_jump_target", "positions"});
  Value positions = make_named_tuple_type(vm, "dis", "Positions",
                                          {"lineno", "end_lineno", "col_offset", "end_col_offset"});
  if (instruction.is_null() || positions.is_null()) return Value();
  set("Instruction", instruction);
  set("Positions", positions);
  set("opname", opname_list(vm));
  set("opmap", opmap_dict(vm));
  set("_specialized_instructions", specialized_instruction_names(vm));
  set("cmp_op", compare_operators(vm));
  set("hasconst", opcodes_with_argument(vm, ArgKind::kConst));
  set("hasname", opcodes_with_argument(vm, ArgKind::kName));
  set("haslocal", opcodes_with_argument(vm, ArgKind::kLocal));
  set("hasfree", opcodes_with_argument(vm, ArgKind::kDeref));
  set("hascompare", opcodes_with_argument(vm, ArgKind::kCompare));
  // pyvm's jump arguments are instruction indices: all absolute.
  set("hasjabs", opcodes_with_argument(vm, ArgKind::kJump));
  set("hasjrel", Value(make_list(vm)));
  return module;
}

}  // namespace pyvm
