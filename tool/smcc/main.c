/* placeholder: replaced by the compiler driver */
int main(void) {
    return 0;
}
