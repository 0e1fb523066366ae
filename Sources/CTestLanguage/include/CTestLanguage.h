// Nothing to call: the target's constructor pins the test process's language (pin_language.c).
