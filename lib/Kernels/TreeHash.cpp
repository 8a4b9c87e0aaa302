//===- TreeHash.cpp - The tree-hash kernel's image and reference ----------===//

#include "xyz/Kernels/Kernels.h"
#include "llvm/ADT/Twine.h"
#include <random>

using namespace xyz::kernels;

uint32_t xyz::kernels::treeHash(uint32_t a) {
  a = (a + 0x7ED55D16u) + (a << 12);
  a = (a ^ 0xC761C23Cu) ^ (a >> 19);
  a = (a + 0x165667B1u) + (a << 5);
  a = (a + 0xD3A2646Cu) ^ (a << 9);
  a = (a + 0xFD7046C5u) + (a << 3);
  a = (a ^ 0xB55A4F09u) ^ (a >> 16);
  return a;
}

namespace {
struct Shape {
  int64_t height, rounds, batch;
  uint64_t numNodes() const { return (uint64_t(1) << (height + 1)) - 1; }
  uint64_t forest() const { return 7; }
  uint64_t indices() const { return forest() + numNodes(); }
  uint64_t values() const { return indices() + batch; }
  uint64_t size() const { return values() + batch; }
};

llvm::Error invalid(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "tree-hash: " + message);
}

class TreeHashKernel : public KernelReference {
public:
  llvm::StringRef getName() const override { return "tree-hash"; }
  llvm::ArrayRef<llvm::StringLiteral> getParamNames() const override {
    static const llvm::StringLiteral names[] = {"height", "rounds", "batch"};
    return names;
  }

  static llvm::Expected<Shape> getShape(const Params &params) {
    Shape shape{params.lookup("height"), params.lookup("rounds"),
                params.lookup("batch")};
    // Height: as examples/tree_hash.mlir requires (the tree must fit in
    // memory). Rounds x batch bounds the reference's work (about a second).
    if (shape.height < 0 || shape.height > 23)
      return invalid("height must be in [0, 23], got " +
                     llvm::Twine(shape.height));
    if (shape.batch < 1 || shape.batch > (1 << 24))
      return invalid("batch must be in [1, 2^24], got " +
                     llvm::Twine(shape.batch));
    if (shape.rounds < 1 || shape.rounds > (int64_t(1) << 28) / shape.batch)
      return invalid("rounds must be >= 1 and rounds x batch at most 2^28 "
                     "(the reference's work), got rounds = " +
                     llvm::Twine(shape.rounds));
    return shape;
  }

  llvm::Expected<std::vector<uint32_t>>
  buildImage(const Params &params, uint64_t seed) const override {
    llvm::Expected<Shape> shape = getShape(params);
    if (!shape)
      return shape.takeError();
    std::vector<uint32_t> mem(shape->size(), 0);
    mem[0] = shape->rounds;
    mem[1] = shape->numNodes();
    mem[2] = shape->batch;
    mem[3] = shape->height;
    mem[4] = shape->forest();
    mem[5] = shape->indices();
    mem[6] = shape->values();
    std::mt19937_64 rng(seed);
    for (uint64_t i = 0; i < shape->numNodes(); ++i)
      mem[shape->forest() + i] = rng() & ((1u << 30) - 1);
    for (int64_t i = 0; i < shape->batch; ++i)
      mem[shape->values() + i] = rng() & ((1u << 30) - 1);
    return mem;
  }

  std::optional<std::string>
  check(const Params &params, llvm::ArrayRef<uint32_t> initial,
        llvm::ArrayRef<uint32_t> final) const override {
    llvm::Expected<Shape> shape = getShape(params);
    if (!shape)
      return llvm::toString(shape.takeError());
    if (initial.size() != shape->size() || final.size() != shape->size())
      return std::string("memory size differs from the tree-hash image");
    for (int64_t i = 0; i < shape->batch; ++i) {
      uint64_t idx = initial[shape->indices() + i];
      uint32_t val = initial[shape->values() + i];
      // A start outside the tree would read words the run itself changes:
      // no image the kernel is defined on has one.
      if (idx >= shape->numNodes())
        return (llvm::Twine("indices[") + llvm::Twine(i) + "] (mem[" +
                llvm::Twine(shape->indices() + i) + "]) = " + llvm::Twine(idx) +
                " is not a node index < " + llvm::Twine(shape->numNodes()) +
                " in the initial image: the check needs every start inside "
                "the tree")
            .str();
      for (int64_t r = 0; r < shape->rounds; ++r) {
        val = treeHash(val ^ initial[shape->forest() + idx]);
        idx = 2 * idx + (val % 2 == 0 ? 1 : 2);
        if (idx >= shape->numNodes())
          idx = 0;
      }
      uint32_t got = final[shape->values() + i];
      if (got != val)
        return (llvm::Twine("values[") + llvm::Twine(i) + "] (mem[" +
                llvm::Twine(shape->values() + i) + "]) = " + llvm::Twine(got) +
                ", expected " + llvm::Twine(val))
            .str();
    }
    return std::nullopt;
  }
};
} // namespace

namespace xyz::kernels {
const KernelReference &getTreeHashKernel() {
  static const TreeHashKernel kernel;
  return kernel;
}
} // namespace xyz::kernels
