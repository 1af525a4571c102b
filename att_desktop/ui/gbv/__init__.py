"""Issue 14 in the window: the gender adviser's consultation, the training register, and
end-user certificate checks."""
