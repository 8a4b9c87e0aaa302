vliw.program {
}
vliw.program {
}
