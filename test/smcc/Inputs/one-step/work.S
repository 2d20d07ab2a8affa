#include "value.h"
	.globl work
	.text
work:
	mov $VALUE, %eax
	ret
	.section .note.GNU-stack,"",@progbits
