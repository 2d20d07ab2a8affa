/* placeholder so the library has a source until the runtime lands */
int __sm_placeholder;
