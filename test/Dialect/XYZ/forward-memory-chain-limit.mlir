// The default chain limit (max-chain=0) takes the longest of 16 and 8 whose
// chains keep at most 768 words live at once in program order, else 4.
//
// 12 groups (about 100 words held): chains of up to 16 vectors, so the
// loads at chain boundaries that chains of 4 keep (22 loads) go.
// RUN: %python %S/Inputs/stencil_chains.py 12 | xyz-opt --xyz-forward-memory | grep -c "xyz.vload" | FileCheck %s --check-prefix=SMALL
// RUN: %python %S/Inputs/stencil_chains.py 12 | xyz-opt --xyz-forward-memory="max-chain=4" | grep -c "xyz.vload" | FileCheck %s --check-prefix=SMALL4
// SMALL: {{^}}16{{$}}
// SMALL4: {{^}}22{{$}}
//
// 40 groups (472 words with chains of 16): the same program as max-chain=16.
// RUN: %python %S/Inputs/stencil_chains.py 40 | xyz-opt --xyz-forward-memory > %t.auto40
// RUN: %python %S/Inputs/stencil_chains.py 40 | xyz-opt --xyz-forward-memory="max-chain=16" > %t.16
// RUN: diff %t.auto40 %t.16
//
// 90 groups: 888 words with chains of 16, 776 with 8: chains of 4.
// RUN: %python %S/Inputs/stencil_chains.py 90 | xyz-opt --xyz-forward-memory > %t.auto90
// RUN: %python %S/Inputs/stencil_chains.py 90 | xyz-opt --xyz-forward-memory="max-chain=4" > %t.4
// RUN: %python %S/Inputs/stencil_chains.py 90 | xyz-opt --xyz-forward-memory="max-chain=8" > %t.8
// RUN: diff %t.auto90 %t.4
// RUN: not diff %t.auto90 %t.8 > /dev/null
