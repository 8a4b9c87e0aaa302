//===- CostModel.cpp - What an op mix costs the machine -------------------===//

#include "xyz/Machine/CostModel.h"

using namespace xyz;
using namespace xyz::machine;

double xyz::machine::resourceFloor(const OpMix &mix, unsigned cores,
                                   std::optional<Engine> *bindingEngine) {
  double bound = vectorWorkFloor(mix, cores);
  std::optional<Engine> binding;
  for (unsigned e = 0; e < kNumEngines; ++e) {
    auto engine = static_cast<Engine>(e);
    if (engine == Engine::Debug)
      continue;
    double floor = engineFloor(mix, engine, cores);
    if (floor > bound) {
      bound = floor;
      binding = engine;
    }
  }
  if (bindingEngine)
    *bindingEngine = binding;
  return bound;
}

double xyz::machine::pooledResourceFloor(const OpMix &mix, unsigned cores) {
  double bound = vectorWorkFloor(mix, cores);
  for (Engine engine : {Engine::Load, Engine::Store, Engine::Flow})
    bound = std::max(bound, engineFloor(mix, engine, cores));
  return bound;
}
