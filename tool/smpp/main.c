/* placeholder: replaced by the rewriter's driver */
int main(void) {
    return 0;
}
