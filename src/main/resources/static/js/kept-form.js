// Goes straight back to the kept form after logging in again; without scripts, the button does it.
document.getElementById('kept-form')?.submit();
