int bad()
{
    return 2;
}
