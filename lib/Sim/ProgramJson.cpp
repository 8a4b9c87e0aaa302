//===- ProgramJson.cpp - The JSON interchange reader and writer -----------===//
//
// A small hand-written JSON reader for programs and memory images, and their
// writers. llvm::json is not used: it does not keep an object's key order,
// and a bundle's engine keys execute in that order. The reader is one forward
// pass over the text with no intermediate DOM: opcodes are resolved against
// the machine description as they are read, debug slots are checked to be
// JSON and kept verbatim. Line and column numbers are computed only for an
// error and, on request, for the source map (monotonically, so linear time).
//
//===----------------------------------------------------------------------===//

#include "xyz/Sim/ProgramJsonReader.h"
#include "xyz/Support/ToolMain.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include <cstring>

using namespace xyz;
using namespace xyz::sim;
using llvm::StringRef;
using llvm::Twine;

char JsonParseError::ID = 0;

std::string JsonParseError::getDescription() const {
  if (context.empty())
    return what;
  return context + ": " + what;
}

void JsonParseError::log(llvm::raw_ostream &os) const {
  os << bufferName << ':' << pos.line << ':' << pos.col << ": "
     << getDescription();
}

std::error_code JsonParseError::convertToErrorCode() const {
  return llvm::inconvertibleErrorCode();
}

namespace {

/// `text` as an error message quotes it: at most 48 characters, so that a
/// megabyte-long name or number is not echoed whole.
std::string excerpt(StringRef text) {
  constexpr size_t kMax = 48;
  // Control characters shown as escapes: a NUL in an opcode read as the
  // opcode without it ("unknown opcode 'const'").
  auto visible = [](StringRef part) {
    std::string out;
    llvm::raw_string_ostream os(out);
    for (char c : part) {
      auto byte = static_cast<unsigned char>(c);
      if (byte < 0x20 || byte == 0x7F)
        os << "\\u" << llvm::format_hex_no_prefix(byte, 4);
      else
        os << c;
    }
    return out;
  };
  if (text.size() <= kMax)
    return visible(text);
  return (visible(text.take_front(kMax - 3)) + "... (" + Twine(text.size()) +
          " characters)")
      .str();
}

/// Maps byte offsets to line/column. Cheap for increasing offsets.
class LineTracker {
public:
  explicit LineTracker(StringRef text) : text(text) {}

  JsonSourcePos at(size_t target) {
    if (target < offset) {
      offset = 0;
      line = 1;
      lineStart = 0;
    }
    while (offset < target) {
      const void *nl = std::memchr(text.data() + offset, '\n', target - offset);
      if (!nl) {
        offset = target;
        break;
      }
      size_t i = static_cast<const char *>(nl) - text.data();
      ++line;
      lineStart = offset = i + 1;
    }
    return {line, static_cast<unsigned>(target - lineStart + 1)};
  }

private:
  StringRef text;
  size_t offset = 0;
  unsigned line = 1;
  size_t lineStart = 0;
};

/// A JSON number as read: whether it is an integer and fits in int64_t.
struct Number {
  StringRef text;
  bool isInteger = true;
  bool fitsInt64 = true;
  int64_t value = 0;
};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

/// Cursor over a JSON text with the error context of the program reader.
class Reader {
public:
  Reader(StringRef text, StringRef bufferName)
      : text(text), bufferName(bufferName), p(text.begin()), end(text.end()),
        lines(text) {}

  bool parseProgram(Program &program, ProgramSourceMap *sourceMap);
  bool parseMemory(std::vector<uint32_t> &memory);
  bool parseDebugSlotOnly();

  llvm::Error takeError() {
    return llvm::make_error<JsonParseError>(std::move(*error));
  }

private:
  // Structure of the interchange.
  bool parseBundle(Bundle &bundle, ProgramSourceMap *sourceMap);
  bool parseSlotList(EngineSlots &engineSlots, ProgramSourceMap *sourceMap);
  bool parseSlot(machine::Engine engine, Slot &slot);
  bool finishDebugSlot(const char *start, Slot &slot);

  // JSON tokens.
  void skipWhitespace() {
    while (p != end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
      ++p;
  }
  bool parseString(std::string &storage, StringRef &result);
  /// Fails at the first byte of [from, to) that is not valid UTF-8.
  bool validUtf8(const char *from, const char *to);
  bool parseEscape(std::string &storage);
  bool parseNumber(Number &number);
  bool skipValue(unsigned depth);
  bool skipLiteral(StringRef word);
  /// After a list element: consumes ',' (returns true, `closed` false) or
  /// `close` (returns true, `closed` true); anything else is an error.
  bool parseSeparator(char close, StringRef element, bool &closed);
  bool atEndOfNumber() const { return p == end || !isDigit(*p); }

  // Errors.
  bool fail(const char *at, const Twine &what);
  std::string describeToken(const char *at) const;
  std::string context() const;

  StringRef text, bufferName;
  const char *p, *end;
  LineTracker lines;
  /// parseSlotList's slots, before they go to their engine's list.
  llvm::SmallVector<Slot, 12> slotBuffer;
  std::unique_ptr<JsonParseError> error;
  std::string stringStorage;

  // The error context: where in the program the reader is.
  int64_t bundleIndex = -1;
  StringRef engineName;
  int64_t slotIndex = -1;
  int64_t wordIndex = -1;
};

} // namespace

//===----------------------------------------------------------------------===//
// Errors.
//===----------------------------------------------------------------------===//

std::string Reader::context() const {
  std::string result;
  llvm::raw_string_ostream os(result);
  if (wordIndex >= 0)
    os << "word " << wordIndex;
  if (bundleIndex >= 0) {
    os << "bundle " << bundleIndex;
    if (!engineName.empty()) {
      os << ", engine '" << engineName << "'";
      if (slotIndex >= 0)
        os << ", slot " << slotIndex;
    }
  }
  return result;
}

std::string Reader::describeToken(const char *at) const {
  if (at == end)
    return "end of input";
  switch (*at) {
  case '"': return "a string";
  case '[': return "an array";
  case '{': return "an object";
  case ']': case '}': case ',': case ':':
    return (Twine("'") + Twine(*at) + "'").str();
  default:
    if (*at == '-' || isDigit(*at))
      return "a number";
  }
  unsigned char c = *at;
  if (c >= 0x20 && c < 0x7f)
    return (Twine("'") + Twine(static_cast<char>(c)) + "'").str();
  std::string hex;
  llvm::raw_string_ostream(hex) << "byte 0x" << llvm::format_hex_no_prefix(c, 2);
  return hex;
}

bool Reader::fail(const char *at, const Twine &what) {
  if (!error)
    error = std::make_unique<JsonParseError>(
        bufferName.str(), lines.at(at - text.begin()), context(), what.str());
  return false;
}

//===----------------------------------------------------------------------===//
// JSON tokens.
//===----------------------------------------------------------------------===//

bool Reader::parseString(std::string &storage, StringRef &result) {
  const char *open = p++;
  const char *start = p;
  // Fast path: no escapes, the result points into the text.
  while (p != end && *p != '"' && *p != '\\' &&
         static_cast<unsigned char>(*p) >= 0x20)
    ++p;
  if (p != end && *p == '"') {
    result = StringRef(start, p - start);
    if (!validUtf8(start, p))
      return false;
    ++p;
    return true;
  }
  storage.assign(start, p);
  while (p != end && *p != '"') {
    unsigned char c = *p;
    if (c == '\n' || c == '\r')
      return fail(open, "unterminated string (a line break inside it)");
    if (c < 0x20)
      return fail(p, "control character in a string (must be escaped)");
    if (c == '\\') {
      if (!parseEscape(storage))
        return false;
      continue;
    }
    storage.push_back(*p++);
  }
  if (p == end)
    return fail(open, "unterminated string");
  if (!validUtf8(start, p))
    return false;
  ++p;
  result = storage;
  return true;
}

bool Reader::validUtf8(const char *from, const char *to) {
  // JSON text is UTF-8; a program written back must be JSON again.
  size_t offset = 0;
  if (llvm::json::isUTF8(StringRef(from, to - from), &offset))
    return true;
  return fail(from + offset, "invalid UTF-8 in a string");
}

static void appendUtf8(std::string &out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool Reader::parseEscape(std::string &storage) {
  const char *at = p++; // the backslash
  if (p == end)
    return fail(at, "unterminated escape in a string");
  char c = *p++;
  switch (c) {
  case '"': storage.push_back('"'); return true;
  case '\\': storage.push_back('\\'); return true;
  case '/': storage.push_back('/'); return true;
  case 'b': storage.push_back('\b'); return true;
  case 'f': storage.push_back('\f'); return true;
  case 'n': storage.push_back('\n'); return true;
  case 'r': storage.push_back('\r'); return true;
  case 't': storage.push_back('\t'); return true;
  case 'u': break;
  default:
    return fail(at, Twine("invalid escape '\\") + Twine(c) + "' in a string");
  }
  auto readHex4 = [&](uint32_t &value) {
    if (end - p < 4)
      return false;
    value = 0;
    for (int i = 0; i < 4; ++i, ++p) {
      char h = *p;
      unsigned digit;
      if (isDigit(h))
        digit = h - '0';
      else if (h >= 'a' && h <= 'f')
        digit = h - 'a' + 10;
      else if (h >= 'A' && h <= 'F')
        digit = h - 'A' + 10;
      else
        return false;
      value = value * 16 + digit;
    }
    return true;
  };
  uint32_t cp;
  if (!readHex4(cp))
    return fail(at, "invalid \\u escape in a string");
  if (cp >= 0xD800 && cp < 0xDC00) {
    // A high surrogate must be followed by an escaped low surrogate.
    uint32_t low;
    if (end - p < 2 || p[0] != '\\' || p[1] != 'u')
      return fail(at, "unpaired surrogate in a \\u escape");
    p += 2;
    if (!readHex4(low) || low < 0xDC00 || low >= 0xE000)
      return fail(at, "unpaired surrogate in a \\u escape");
    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
  } else if (cp >= 0xDC00 && cp < 0xE000) {
    return fail(at, "unpaired surrogate in a \\u escape");
  }
  appendUtf8(storage, cp);
  return true;
}

bool Reader::parseNumber(Number &number) {
  const char *start = p;
  bool negative = false;
  if (*p == '-') {
    negative = true;
    ++p;
  }
  if (p == end || !isDigit(*p))
    return fail(start, "invalid number");
  uint64_t magnitude = 0;
  bool overflow = false;
  if (*p == '0') {
    ++p;
    if (p != end && isDigit(*p))
      return fail(start, "invalid number (leading zero)");
  } else {
    for (; p != end && isDigit(*p); ++p) {
      unsigned digit = *p - '0';
      if (magnitude > (UINT64_MAX - digit) / 10)
        overflow = true;
      else
        magnitude = magnitude * 10 + digit;
    }
  }
  number.isInteger = true;
  if (p != end && *p == '.') {
    number.isInteger = false;
    ++p;
    if (atEndOfNumber())
      return fail(start, "invalid number (no digits after '.')");
    while (p != end && isDigit(*p))
      ++p;
  }
  if (p != end && (*p == 'e' || *p == 'E')) {
    number.isInteger = false;
    ++p;
    if (p != end && (*p == '+' || *p == '-'))
      ++p;
    if (atEndOfNumber())
      return fail(start, "invalid number (no digits in the exponent)");
    while (p != end && isDigit(*p))
      ++p;
  }
  number.text = StringRef(start, p - start);
  constexpr uint64_t kMaxPositive = static_cast<uint64_t>(INT64_MAX);
  number.fitsInt64 = !overflow && magnitude <= kMaxPositive + negative;
  if (number.fitsInt64)
    number.value = negative ? static_cast<int64_t>(0 - magnitude)
                            : static_cast<int64_t>(magnitude);
  return true;
}

bool Reader::skipLiteral(StringRef word) {
  if (StringRef(p, end - p).starts_with(word)) {
    p += word.size();
    return true;
  }
  return fail(p, "invalid token: expected a JSON value");
}

bool Reader::parseSeparator(char close, StringRef element, bool &closed) {
  skipWhitespace();
  if (p != end && *p == ',') {
    ++p;
    closed = false;
    return true;
  }
  if (p != end && *p == close) {
    ++p;
    closed = true;
    return true;
  }
  return fail(p, Twine("expected ',' or '") + Twine(close) + "' after " +
                     element + ", found " + describeToken(p));
}

bool Reader::skipValue(unsigned depth) {
  constexpr unsigned kMaxDepth = 256;
  skipWhitespace();
  if (p == end)
    return fail(p, "unexpected end of input: expected a JSON value");
  switch (*p) {
  case '[': {
    if (depth > kMaxDepth)
      return fail(p, "JSON nested too deeply");
    ++p;
    skipWhitespace();
    if (p != end && *p == ']') {
      ++p;
      return true;
    }
    for (bool closed = false; !closed;)
      if (!skipValue(depth + 1) || !parseSeparator(']', "an array element",
                                                   closed))
        return false;
    return true;
  }
  case '{': {
    if (depth > kMaxDepth)
      return fail(p, "JSON nested too deeply");
    ++p;
    skipWhitespace();
    if (p != end && *p == '}') {
      ++p;
      return true;
    }
    for (bool closed = false; !closed;) {
      skipWhitespace();
      if (p == end || *p != '"')
        return fail(p, "expected an object key (a JSON string), found " +
                           describeToken(p));
      StringRef key;
      if (!parseString(stringStorage, key))
        return false;
      skipWhitespace();
      if (p == end || *p != ':')
        return fail(p, "expected ':' after an object key, found " +
                           describeToken(p));
      ++p;
      if (!skipValue(depth + 1) ||
          !parseSeparator('}', "an object member", closed))
        return false;
    }
    return true;
  }
  case '"': {
    StringRef ignored;
    return parseString(stringStorage, ignored);
  }
  case 't':
    return skipLiteral("true");
  case 'f':
    return skipLiteral("false");
  case 'n':
    return skipLiteral("null");
  default:
    if (*p == '-' || isDigit(*p)) {
      Number ignored;
      return parseNumber(ignored);
    }
    return fail(p, "invalid token " + describeToken(p) +
                       ": expected a JSON value");
  }
}

//===----------------------------------------------------------------------===//
// Programs.
//===----------------------------------------------------------------------===//

bool Reader::parseProgram(Program &program, ProgramSourceMap *sourceMap) {
  skipWhitespace();
  if (p == end || *p != '[')
    return fail(p, "expected a JSON array of bundles at the top level, found " +
                       describeToken(p));
  ++p;
  skipWhitespace();
  if (p != end && *p == ']') {
    ++p;
  } else {
    for (bool closed = false; !closed;) {
      bundleIndex = program.bundles.size();
      if (!parseBundle(program.bundles.emplace_back(), sourceMap) ||
          !parseSeparator(']', "a bundle", closed))
        return false;
    }
  }
  bundleIndex = -1;
  skipWhitespace();
  if (p != end)
    return fail(p, "trailing characters after the program: " +
                       describeToken(p));
  return true;
}

bool Reader::parseBundle(Bundle &bundle, ProgramSourceMap *sourceMap) {
  skipWhitespace();
  if (p == end || *p != '{')
    return fail(p, "a bundle must be a JSON object, found " + describeToken(p));
  if (sourceMap)
    sourceMap->bundles.push_back(lines.at(p - text.begin()));
  ++p;
  skipWhitespace();
  if (p != end && *p == '}') {
    ++p;
    return true;
  }
  // Most bundles have a few engines: the list starts at its usual size.
  bundle.engines.reserve(2);
  for (bool closed = false; !closed;) {
    skipWhitespace();
    if (p == end || *p != '"')
      return fail(p, "expected an engine name (a JSON string), found " +
                         describeToken(p));
    const char *keyAt = p;
    StringRef key;
    if (!parseString(stringStorage, key))
      return false;
    std::optional<machine::Engine> engine = machine::symbolizeEngine(key);
    if (!engine)
      return fail(keyAt, "unknown engine '" + excerpt(key) + "'");
    for (const EngineSlots &other : bundle.engines)
      if (other.engine == *engine)
        return fail(keyAt, "duplicate engine key '" + excerpt(key) + "'");
    skipWhitespace();
    if (p == end || *p != ':')
      return fail(p, "expected ':' after the engine name, found " +
                         describeToken(p));
    ++p;
    engineName = machine::stringifyEngine(*engine);
    EngineSlots &engineSlots = bundle.engines.emplace_back();
    engineSlots.engine = *engine;
    if (!parseSlotList(engineSlots, sourceMap))
      return false;
    engineName = StringRef();
    if (!parseSeparator('}', "an engine's slot list", closed))
      return false;
  }
  return true;
}

bool Reader::parseSlotList(EngineSlots &engineSlots,
                           ProgramSourceMap *sourceMap) {
  skipWhitespace();
  if (p == end || *p != '[')
    return fail(p, "the slots of an engine must be a JSON array, found " +
                       describeToken(p));
  ++p;
  skipWhitespace();
  if (p != end && *p == ']') {
    ++p;
    return true;
  }
  // The slots go to a buffer first, so that the list is allocated once, at
  // its size (programs have hundreds of thousands of slots).
  unsigned limit = machine::getSlotLimit(engineSlots.engine);
  slotBuffer.clear();
  for (bool closed = false; !closed;) {
    slotIndex = slotBuffer.size();
    skipWhitespace();
    if (slotBuffer.size() == limit)
      return fail(p, "too many slots: engine '" + engineName + "' takes at most " +
                         Twine(limit) + " per bundle");
    if (sourceMap && p != end)
      sourceMap->slots.push_back(lines.at(p - text.begin()));
    if (!parseSlot(engineSlots.engine, slotBuffer.emplace_back()))
      return false;
    slotIndex = -1;
    if (!parseSeparator(']', "a slot", closed))
      return false;
  }
  engineSlots.slots.assign(std::make_move_iterator(slotBuffer.begin()),
                           std::make_move_iterator(slotBuffer.end()));
  return true;
}

bool Reader::parseSlot(machine::Engine engine, Slot &slot) {
  const char *start = p;
  if (p == end || *p != '[')
    return fail(p, "a slot must be a JSON array, found " + describeToken(p));
  ++p;
  skipWhitespace();
  if (p != end && *p == ']')
    return fail(start, "empty slot: expected an opcode");
  if (p == end || *p != '"')
    return fail(p, "the opcode must be a JSON string, found " +
                       describeToken(p));
  const char *opcodeAt = p;
  StringRef opcode;
  if (!parseString(stringStorage, opcode))
    return false;
  machine::BinaryOpcode binop = machine::BinaryOpcode::Add;
  std::optional<machine::SlotKind> kind =
      machine::lookupSlotKind(engine, opcode, binop);
  if (!kind)
    return fail(opcodeAt, "unknown opcode '" + excerpt(opcode) + "' for engine '" +
                              engineName + "'");
  slot.kind = *kind;
  slot.binop = binop;
  if (*kind == machine::SlotKind::Debug)
    return finishDebugSlot(start, slot);

  const machine::SlotInfo &info = machine::getSlotInfo(*kind);
  for (bool closed = false;;) {
    if (!parseSeparator(']', "an opcode or operand", closed))
      return false;
    if (closed)
      break;
    skipWhitespace();
    const char *at = p;
    unsigned index = slot.operands.size();
    auto operandName = [&]() {
      std::string name = "operand " + std::to_string(index + 1);
      if (index < info.operandNames.size())
        name += " (" + info.operandNames[index].str() + ")";
      return name;
    };
    if (p == end || !(*p == '-' || isDigit(*p))) {
      // Say what it is if it is valid JSON; else report the JSON error.
      if (!skipValue(1))
        return false;
      return fail(at, Twine(operandName()) + " must be an integer, found " +
                          StringRef(at, p - at));
    }
    Number number;
    if (!parseNumber(number))
      return false;
    if (!number.isInteger)
      return fail(at, Twine(operandName()) + " must be an integer, found " +
                          excerpt(number.text));
    if (!number.fitsInt64)
      return fail(at, Twine(operandName()) + " " + excerpt(number.text) +
                          " does not fit in a 64-bit integer");
    slot.operands.push_back(number.value);
  }
  if (slot.operands.size() != info.roles.size())
    return fail(start, "opcode '" + opcode + "' takes " +
                           Twine(info.roles.size()) + " operand" +
                           (info.roles.size() == 1 ? "" : "s") + ", found " +
                           Twine(slot.operands.size()));
  return true;
}

bool Reader::finishDebugSlot(const char *start, Slot &slot) {
  for (bool closed = false;;) {
    if (!parseSeparator(']', "a debug slot element", closed))
      return false;
    if (closed)
      break;
    if (!skipValue(1))
      return false;
  }
  slot.debugJson.assign(start, p);
  return true;
}

bool Reader::parseDebugSlotOnly() {
  skipWhitespace();
  const char *start = p;
  if (p == end || *p != '[')
    return fail(p, "a slot must be a JSON array, found " + describeToken(p));
  ++p;
  skipWhitespace();
  if (p == end || *p != '"')
    return fail(p, "the opcode must be a JSON string, found " +
                       describeToken(p));
  StringRef opcode;
  Slot slot;
  if (!parseString(stringStorage, opcode) || !finishDebugSlot(start, slot))
    return false;
  skipWhitespace();
  if (p != end)
    return fail(p, "trailing characters after the slot: " + describeToken(p));
  return true;
}

//===----------------------------------------------------------------------===//
// Memory images.
//===----------------------------------------------------------------------===//

bool Reader::parseMemory(std::vector<uint32_t> &memory) {
  skipWhitespace();
  if (p == end || *p != '[')
    return fail(p, "a memory image must be a JSON array of integers, found " +
                       describeToken(p));
  ++p;
  skipWhitespace();
  if (p != end && *p == ']') {
    ++p;
  } else {
    for (bool closed = false; !closed;) {
      wordIndex = memory.size();
      skipWhitespace();
      const char *at = p;
      if (p == end || !(*p == '-' || isDigit(*p))) {
        if (!skipValue(1))
          return false;
        return fail(at, "must be an integer, found " + StringRef(at, p - at));
      }
      Number number;
      if (!parseNumber(number))
        return false;
      if (!number.isInteger)
        return fail(at, "must be an integer, found " + excerpt(number.text));
      if (!number.fitsInt64 || number.value < 0 ||
          number.value > static_cast<int64_t>(UINT32_MAX))
        return fail(at, excerpt(number.text) + " is outside [0, 2^32)");
      memory.push_back(static_cast<uint32_t>(number.value));
      if (!parseSeparator(']', "a word", closed))
        return false;
    }
  }
  wordIndex = -1;
  skipWhitespace();
  if (p != end)
    return fail(p, "trailing characters after the memory image: " +
                       describeToken(p));
  return true;
}

//===----------------------------------------------------------------------===//
// Entry points.
//===----------------------------------------------------------------------===//

llvm::Expected<Program> xyz::sim::parseJsonProgram(StringRef text,
                                                   StringRef bufferName,
                                                   ProgramSourceMap *sourceMap) {
  Reader reader(text, bufferName);
  Program program;
  if (sourceMap)
    *sourceMap = ProgramSourceMap();
  if (!reader.parseProgram(program, sourceMap))
    return reader.takeError();
  return program;
}

llvm::Expected<Program> xyz::sim::parseJsonProgram(StringRef text,
                                                   StringRef bufferName) {
  return parseJsonProgram(text, bufferName, nullptr);
}

llvm::Expected<std::vector<uint32_t>>
xyz::sim::parseJsonMemory(StringRef text, StringRef bufferName) {
  Reader reader(text, bufferName);
  std::vector<uint32_t> memory;
  if (!reader.parseMemory(memory))
    return reader.takeError();
  return memory;
}

bool xyz::sim::isDebugSlotJson(StringRef json, std::string &whyNot) {
  Reader reader(json, "debug slot");
  if (reader.parseDebugSlotOnly())
    return true;
  whyNot = llvm::toString(reader.takeError());
  return false;
}

static void writeSlot(const Slot &slot, llvm::raw_ostream &os) {
  if (slot.kind == machine::SlotKind::Debug) {
    os << slot.debugJson;
    return;
  }
  StringRef opcode = slot.getOpcodeName();
  // Opcodes come from the machine description: nothing to escape.
  os << "[\"" << opcode << '"';
  for (int64_t operand : slot.operands)
    os << ", " << operand;
  os << ']';
}

void xyz::sim::writeJsonProgram(const Program &program,
                                llvm::raw_ostream &os) {
  os << '[';
  for (size_t b = 0, e = program.bundles.size(); b != e; ++b) {
    if (b)
      os << ",\n ";
    os << '{';
    const Bundle &bundle = program.bundles[b];
    for (size_t i = 0, ie = bundle.engines.size(); i != ie; ++i) {
      const EngineSlots &engineSlots = bundle.engines[i];
      if (i)
        os << ", ";
      os << '"' << machine::stringifyEngine(engineSlots.engine) << "\": [";
      for (size_t s = 0, se = engineSlots.slots.size(); s != se; ++s) {
        if (s)
          os << ", ";
        writeSlot(engineSlots.slots[s], os);
      }
      os << ']';
    }
    os << '}';
  }
  os << "]\n";
}

void xyz::sim::writeJsonMemory(llvm::ArrayRef<uint32_t> mem,
                               llvm::raw_ostream &os) {
  os << '[';
  for (size_t i = 0, e = mem.size(); i != e; ++i) {
    if (i)
      os << ", ";
    os << mem[i];
  }
  os << "]\n";
}

void xyz::sim::reportJsonError(llvm::StringRef tool, llvm::Error err) {
  llvm::handleAllErrors(
      std::move(err),
      [](const JsonParseError &e) {
        llvm::errs() << e.bufferName << ':' << e.pos.line << ':' << e.pos.col
                     << ": error: " << e.getDescription() << '\n';
      },
      [&](const llvm::ErrorInfoBase &e) {
        llvm::errs() << tool << ": error: " << e.message() << '\n';
      });
}

std::optional<std::vector<uint32_t>>
xyz::sim::readToolMemory(llvm::StringRef tool, llvm::StringRef path) {
  if (path.empty())
    return std::vector<uint32_t>();
  std::unique_ptr<llvm::MemoryBuffer> buffer = readToolInput(tool, path);
  if (!buffer)
    return std::nullopt;
  llvm::Expected<std::vector<uint32_t>> mem =
      parseJsonMemory(buffer->getBuffer(), path);
  if (!mem) {
    reportJsonError(tool, mem.takeError());
    return std::nullopt;
  }
  return std::move(*mem);
}
