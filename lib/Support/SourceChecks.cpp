//===- SourceChecks.cpp - Reject inputs the MLIR parser cannot survive ----===//
//
// A token-level scan of MLIR text. Tokens that matter: SSA names (`%x`,
// `%x#1`), brackets, `=`, `:`, `,`, `<`. A name is a definition when it is
// followed by `=` (results, loop variables, iter_args), by `<` (the thread
// id of xyz.foreach_thread), by `:` inside parentheses (block and function
// arguments), by `:N =` (a result group), or when it is part of a result
// list `%a, %b:2 = ...` that starts a statement; every other occurrence is a
// use. Misreading a definition as a use can only make the scan report a
// name that is defined twice, which MLIR rejects anyway.
//
//===----------------------------------------------------------------------===//

#include "xyz/Support/SourceChecks.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/Twine.h"
#include <vector>

using namespace xyz;
using llvm::StringRef;

namespace {

enum class Tok { Value, Open, Close, Equal, Colon, Comma, Less, Number, Other };

struct Token {
  Tok kind;
  StringRef text;       // a value's name, without `#N`
  size_t offset;        // in the text
  bool lineStart;       // first token on its line
  bool resultIndex;     // `%x#N`: always a use
};

bool isIdChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '$' || c == '.' ||
         c == '-';
}

std::vector<Token> tokenize(StringRef text) {
  std::vector<Token> tokens;
  size_t i = 0, n = text.size();
  bool lineStart = true;
  while (i < n) {
    char c = text[i];
    if (c == '\n') {
      lineStart = true;
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    if (c == '/' && i + 1 < n && text[i + 1] == '/') {
      while (i < n && text[i] != '\n')
        ++i;
      continue;
    }
    Token tok{Tok::Other, StringRef(), i, lineStart, false};
    lineStart = false;
    if (c == '"') { // a string: skip it, escapes included
      for (++i; i < n && text[i] != '"' && text[i] != '\n'; ++i)
        if (text[i] == '\\')
          ++i;
      ++i;
      tokens.push_back(tok);
      continue;
    }
    if (c == '%') {
      size_t start = ++i;
      while (i < n && isIdChar(text[i]))
        ++i;
      tok.kind = Tok::Value;
      tok.text = text.slice(start, i);
      if (i < n && text[i] == '#') {
        tok.resultIndex = true;
        ++i;
        while (i < n && isIdChar(text[i]))
          ++i;
      }
      tokens.push_back(tok);
      continue;
    }
    ++i;
    switch (c) {
    case '(': case '[': case '{': tok.kind = Tok::Open; break;
    case ')': case ']': case '}': tok.kind = Tok::Close; break;
    case '=': tok.kind = Tok::Equal; break;
    case ':': tok.kind = Tok::Colon; break;
    case ',': tok.kind = Tok::Comma; break;
    case '<': tok.kind = Tok::Less; break;
    default:
      if (c >= '0' && c <= '9')
        tok.kind = Tok::Number;
      if (isIdChar(c))
        while (i < n && isIdChar(text[i]))
          ++i;
    }
    tok.text = text.slice(tok.offset, i);
    tokens.push_back(tok);
  }
  return tokens;
}

class Scanner {
public:
  Scanner(StringRef text, unsigned maxNesting)
      : text(text), maxNesting(maxNesting), tokens(tokenize(text)) {}

  std::optional<SourceProblem> run();

private:
  /// A use of a name not defined (visibly) before it.
  struct PendingUse {
    unsigned braceDepth;
    uint64_t scopeId;
    size_t offset;
  };

  bool innermostIsParen() const {
    return !brackets.empty() && brackets.back() == '(';
  }
  /// If tokens[i] starts a result list `%a(:N)?, %b(:N)? ... =`, the index
  /// of its `=`.
  std::optional<size_t> resultListEnd(size_t i) const;
  /// True if tokens[i] (a value) is a definition on its own.
  bool isSingleDefinition(size_t i) const;
  void use(const Token &tok);
  std::optional<SourceProblem> define(const Token &tok);
  SourceProblem problemAt(size_t offset, const llvm::Twine &message) const;

  StringRef text;
  unsigned maxNesting;
  std::vector<Token> tokens;
  std::vector<char> brackets;
  /// Per open brace (and the top level): its id and the names it defines.
  std::vector<uint64_t> scopeIds{0};
  std::vector<std::vector<StringRef>> scopeNames{{}};
  uint64_t nextScopeId = 1;
  llvm::StringMap<unsigned> visible;
  llvm::StringMap<std::vector<PendingUse>> pending;
};

std::optional<size_t> Scanner::resultListEnd(size_t i) const {
  for (size_t j = i; j < tokens.size(); ++j) {
    if (tokens[j].kind != Tok::Value || tokens[j].resultIndex)
      return std::nullopt;
    if (j + 2 < tokens.size() && tokens[j + 1].kind == Tok::Colon &&
        tokens[j + 2].kind == Tok::Number)
      j += 2;
    if (j + 1 >= tokens.size())
      return std::nullopt;
    if (tokens[j + 1].kind == Tok::Equal)
      return j + 1;
    if (tokens[j + 1].kind != Tok::Comma)
      return std::nullopt;
    ++j; // the comma
  }
  return std::nullopt;
}

bool Scanner::isSingleDefinition(size_t i) const {
  if (tokens[i].resultIndex || i + 1 >= tokens.size())
    return false;
  Tok next = tokens[i + 1].kind;
  if (next == Tok::Equal || next == Tok::Less)
    return true;
  if (next == Tok::Colon)
    return innermostIsParen() ||
           (i + 3 < tokens.size() && tokens[i + 2].kind == Tok::Number &&
            tokens[i + 3].kind == Tok::Equal);
  return false;
}

void Scanner::use(const Token &tok) {
  auto it = visible.find(tok.text);
  if (it != visible.end() && it->second > 0)
    return;
  unsigned depth = scopeIds.size() - 1;
  pending[tok.text].push_back({depth, scopeIds[depth], tok.offset});
}

std::optional<SourceProblem> Scanner::define(const Token &tok) {
  unsigned depth = scopeIds.size() - 1;
  auto it = pending.find(tok.text);
  if (it != pending.end()) {
    for (const PendingUse &use : it->second)
      // The use's block is still open and the definition is nested inside
      // it: a region defines the name after an op of that block used it.
      if (use.braceDepth < depth && scopeIds[use.braceDepth] == use.scopeId)
        return problemAt(
            use.offset,
            "'%" + tok.text +
                "' is used here but defined only later, inside a nested "
                "region (at line " +
                llvm::Twine(problemAt(tok.offset, "").line) +
                "); define it before its use (MLIR 19's parser would crash "
                "on this input)");
    pending.erase(it);
  }
  ++visible[tok.text];
  scopeNames.back().push_back(tok.text);
  return std::nullopt;
}

SourceProblem Scanner::problemAt(size_t offset,
                                 const llvm::Twine &message) const {
  SourceProblem problem;
  StringRef before = text.take_front(offset);
  problem.line = before.count('\n') + 1;
  size_t lineStart = before.rfind('\n');
  problem.col =
      offset - (lineStart == StringRef::npos ? 0 : lineStart + 1) + 1;
  problem.message = message.str();
  return problem;
}

std::optional<SourceProblem> Scanner::run() {
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token &tok = tokens[i];
    switch (tok.kind) {
    case Tok::Open: {
      char c = text[tok.offset];
      brackets.push_back(c);
      if (brackets.size() > maxNesting)
        return problemAt(tok.offset,
                         "brackets nest more than " +
                             llvm::Twine(maxNesting) +
                             " levels deep here; the parser and the passes "
                             "recurse once per level (flatten the input)");
      if (c == '{') {
        scopeIds.push_back(nextScopeId++);
        scopeNames.emplace_back();
      }
      break;
    }
    case Tok::Close: {
      if (brackets.empty())
        break; // unbalanced: the parser reports it
      char open = brackets.back();
      brackets.pop_back();
      if (open == '{' && scopeIds.size() > 1) {
        for (StringRef name : scopeNames.back())
          --visible[name];
        scopeNames.pop_back();
        scopeIds.pop_back();
      }
      break;
    }
    case Tok::Value: {
      bool statementStart =
          tok.lineStart || i == 0 ||
          (tokens[i - 1].kind == Tok::Open && text[tokens[i - 1].offset] == '{');
      if (statementStart && !tok.resultIndex)
        if (std::optional<size_t> end = resultListEnd(i)) {
          for (size_t j = i; j < *end; ++j)
            if (tokens[j].kind == Tok::Value)
              if (auto problem = define(tokens[j]))
                return problem;
          i = *end;
          break;
        }
      if (isSingleDefinition(i)) {
        if (auto problem = define(tok))
          return problem;
      } else {
        use(tok);
      }
      break;
    }
    default:
      break;
    }
  }
  return std::nullopt;
}

} // namespace

std::optional<SourceProblem> xyz::checkMlirSource(StringRef text,
                                                  unsigned maxNesting) {
  return Scanner(text, maxNesting).run();
}
