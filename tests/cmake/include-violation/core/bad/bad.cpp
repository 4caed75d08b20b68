#include <QWidget>
int bad()
{
    return 2;
}
