//===- Allreduce.cpp - The allreduce kernel's image and reference ---------===//

#include "xyz/Kernels/Kernels.h"
#include "xyz/Machine/Machine.h"
#include "llvm/ADT/Twine.h"
#include <random>

using namespace xyz::kernels;

namespace {
struct Shape {
  int64_t cores, n;
  uint64_t in() const { return 8; }
  uint64_t out() const { return in() + cores * n; }
  uint64_t work() const { return out() + cores * n; }
  uint64_t size() const { return work() + cores * n + 16 * cores + 64; }
};

llvm::Error invalid(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "allreduce: " + message);
}

class AllreduceKernel : public KernelReference {
public:
  llvm::StringRef getName() const override { return "allreduce"; }
  llvm::ArrayRef<llvm::StringLiteral> getParamNames() const override {
    static const llvm::StringLiteral names[] = {"cores", "n"};
    return names;
  }
  unsigned getCores(const Params &params) const override {
    return params.lookup("cores");
  }

  static llvm::Expected<Shape> getShape(const Params &params) {
    Shape shape{params.lookup("cores"), params.lookup("n")};
    if (shape.cores < 1 || shape.cores > xyz::machine::kMaxCores)
      return invalid("cores must be in [1, " + llvm::Twine(xyz::machine::kMaxCores) +
                     "], got " + llvm::Twine(shape.cores));
    // n > 2^26 / cores, not cores * n > 2^26: the product can overflow.
    if (shape.n < 1 || shape.n > (int64_t(1) << 26) / shape.cores)
      return invalid("n must be >= 1 and cores * n at most 2^26, got n = " +
                     llvm::Twine(shape.n));
    return shape;
  }

  llvm::Expected<std::vector<uint32_t>>
  buildImage(const Params &params, uint64_t seed) const override {
    llvm::Expected<Shape> shape = getShape(params);
    if (!shape)
      return shape.takeError();
    std::vector<uint32_t> mem(shape->size(), 0);
    mem[0] = shape->cores;
    mem[1] = shape->n;
    mem[2] = shape->in();
    mem[3] = shape->out();
    mem[4] = shape->work();
    std::mt19937_64 rng(seed);
    for (int64_t i = 0; i < shape->cores * shape->n; ++i)
      mem[shape->in() + i] = static_cast<uint32_t>(rng());
    return mem;
  }

  std::optional<std::string>
  check(const Params &params, llvm::ArrayRef<uint32_t> initial,
        llvm::ArrayRef<uint32_t> final) const override {
    llvm::Expected<Shape> shape = getShape(params);
    if (!shape)
      return llvm::toString(shape.takeError());
    if (initial.size() != shape->size() || final.size() != shape->size())
      return std::string("memory size differs from the allreduce image");
    for (int64_t j = 0; j < shape->n; ++j) {
      uint32_t sum = 0;
      for (int64_t c = 0; c < shape->cores; ++c)
        sum += initial[shape->in() + c * shape->n + j];
      for (int64_t c = 0; c < shape->cores; ++c) {
        uint64_t addr = shape->out() + c * shape->n + j;
        if (final[addr] != sum)
          return (llvm::Twine("out[core ") + llvm::Twine(c) + "][" +
                  llvm::Twine(j) + "] (mem[" + llvm::Twine(addr) + "]) = " +
                  llvm::Twine(final[addr]) + ", expected " + llvm::Twine(sum))
              .str();
      }
    }
    return std::nullopt;
  }
};
} // namespace

namespace xyz::kernels {
const KernelReference &getAllreduceKernel() {
  static const AllreduceKernel kernel;
  return kernel;
}
} // namespace xyz::kernels
