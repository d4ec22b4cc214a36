from .converter import xml, XML2Dict
