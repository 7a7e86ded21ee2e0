W2870asian
f l BC-LT--Argentina-CancerB     11-13 1049
^BC-LT--Argentina-Cancer Beauty,466<
^For Argentine chemo patients, mirrors can hurt <
^AP Photo XNP101, XNP102, XNP103, XNP104, XNP105, XNP106<
^Eds: With AP Photos.<
^By PAUL BYRNE and ALMUDENA CALATRAVA=
^Associated Press=
	   BUENOS AIRES, Argentina (AP) _ For cancer patients dealing with the physical and psychological trauma of the disease, even looking in the mirror can be difficult. When chemotherapy robs your hair, it's common to feel that a part of your identity goes missing as well. 
 
	   ``Look Good Feel Better'' is a program that offers free lessons in makeup and skin care, with tips on covering heads gone bald and using eye-liner to replace fallen eyebrows. 
 
	   It's an opportunity for beauticians to share their skills, for companies to donate products and for people with cancer to find some hope. 
 
	   The idea began 25 years ago in the U.S., where more than 700,000 women have participated, and it has spread to Argentina and 23 other countries where chemotherapy is increasingly common. Argentina was the first Latin American nation to launch it, in 1999, and it has since grown to 100 sites across the country. 
 
	   For Mariela Steinberg, 38, it has made all the difference. She's had multiple surgeries in a yearlong fight with uterine and cervical cancer, and was shocked at first to look in the mirror.
 
	   ``You see a face but you don't recognize it as your own. But now I can say, little by little, I am beginning to adapt,'' she said during a two-hour class. ``All of a sudden I begin to recognize myself. I am made-up, beautified.''
 
	   Cancer is the second-leading cause of death in Argentina, after heart disease, and the country's cancer mortality rate is the third highest in Latin America after Cuba and Trinidad and Tobago, the Pan American Health Organization says. 
 
	   Staying optimistic is known to increase the odds of survival, and appearance can have an outsized impact. Thus the program's theme, ``Hope is beautiful.''  
 
	   Daiana Castro, a 23-year-old hairstylist with ovarian cancer, was traumatized at first. ``I had red hair, beautiful and long, and when it fell out I didn't leave the house for a week.''
 
	   Then she sought out one of the classes at Hospital San Martin. ``If you have makeup on, you feel better. It helps you not to feel down,'' Castro said. 
 
	   Makeup tips include techniques for covering extremely dark circles, creating the impression of eyelashes, drawing on eyebrows where none remain, and wrapping headscarves so they won't slip off smooth skin.
 
	   Psychiatric oncologist Gabriela Ozco says the program is a key part of holistic treatments.
 
	   ``At first, they don't want to look in the mirror,'' she said. ``It's one of the first symptoms that we've noticed with patients. And the fact is that in such workshops one of the first things they do is get them looking in the mirror. So they are faced with, `This is who I am,' and from there on, it's all about getting better.'' 
 
	   ___
 
	   APTN contributor Kacey Cherry in Buenos Aires helped with this story.
 

	   AP-WF-11-13-13 1509GMT<


