// cally: registers <calendar-date>, <calendar-month>, <calendar-range>, <calendar-multi>.
import 'cally';
