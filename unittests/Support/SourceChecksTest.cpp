//===- SourceChecksTest.cpp - The pre-parse checks of MLIR text -----------===//
//
// What the scan must find (deep nesting, a use defined later inside a nested
// region) and what it must leave alone: every definition form of the
// dialects xyz-opt accepts, names reused in sibling regions and functions,
// strings and comments.
//
//===----------------------------------------------------------------------===//

#include "xyz/Support/SourceChecks.h"
#include "gtest/gtest.h"

using namespace xyz;

namespace {

std::optional<SourceProblem> check(llvm::StringRef text) {
  return checkMlirSource(text, /*maxNesting=*/8);
}

TEST(SourceChecks, AcceptsEveryDefinitionForm) {
  const char *inputs[] = {
      // results, result groups, result lists
      "%a = arith.constant 1 : i32\n%b = arith.addi %a, %a : i32",
      "%r:2 = foo.bar\n%x = arith.addi %r#0, %r#1 : i32",
      "%a, %b:2 = foo.bar\n%c = foo.baz %a, %b#1",
      // function and block arguments
      "func.func @f(%arg0: i32) {\n ^bb1(%x: i32):\n %y = op %arg0, %x\n}",
      // loop variables and iter_args (the init is a use, defined before)
      "%i0 = c\nscf.for %i = %c to %n step %s iter_args(%acc = %i0) {\n"
      "  %y = arith.addi %acc, %i : i32\n  scf.yield %y : i32\n}",
      // the thread id of xyz.foreach_thread
      "xyz.foreach_thread %t < %n {\n  %v = xyz.load %t : i32\n}",
      // names reused in sibling regions and functions
      "scf.if %c {\n  %x = a\n} else {\n  %x = b\n}\nfunc.func @g() {\n"
      "  %x = c\n}",
      // strings and comments are not scanned
      "%a = op \"%g { %g = \" // %g { %g\n",
  };
  for (const char *text : inputs)
    EXPECT_FALSE(check(text)) << text;
}

TEST(SourceChecks, FindsUseDefinedLaterInsideARegion) {
  std::optional<SourceProblem> p =
      check("func.func @f() {\n  scf.if %g {\n    %g = c\n  }\n}");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->line, 2u);
  EXPECT_EQ(p->col, 10u);
  EXPECT_NE(p->message.find("'%g' is used here but defined only later"),
            std::string::npos);
  EXPECT_NE(p->message.find("(at line 3)"), std::string::npos);
  // scf.for: the operand is a bound.
  EXPECT_TRUE(check("scf.for %i = %c0 to %g step %c1 {\n  %g = c\n}"));
  // Deeper nesting and an earlier op of the block.
  EXPECT_TRUE(check("%x = op %g\nscf.if %c {\n  scf.if %c {\n    %g = c\n"
                    "  }\n}"));
}

TEST(SourceChecks, LeavesOtherForwardReferencesToTheParser) {
  // Same block: MLIR reports dominance, it does not crash.
  EXPECT_FALSE(check("%a = arith.addi %b, %b : i32\n%b = c"));
  // The use's region closed before the definition.
  EXPECT_FALSE(check("scf.if %c {\n  %x = op %g\n}\n%g = c"));
}

TEST(SourceChecks, BoundsNesting) {
  EXPECT_FALSE(check("a = [[[[[[[[1]]]]]]]]"));
  std::optional<SourceProblem> p = check("a = [[[[{(((((1)))))}]]]]");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->line, 1u);
  EXPECT_EQ(p->col, 13u); // the ninth open bracket
  EXPECT_NE(p->message.find("nest more than 8 levels"), std::string::npos);
  // Brackets inside strings and comments do not count.
  EXPECT_FALSE(check("a = \"[[[[[[[[[[[[\" // ((((((((((((\n"));
}

} // namespace
